package java.util;

/**
 * The tree bins of HashMap. A bin that grows past 8 nodes in a table of at least 64 becomes a
 * red-black tree ordered by hash, then by compareTo when the keys are of one class that is
 * Comparable to itself, then by class name and identity hash. The nodes stay linked through
 * next, and that chain is what iteration sees, so its order follows the JDK's documented tree
 * bin behaviour: a new node is linked right after its tree parent, the tree root is moved to the
 * front of the chain after each change, removal unlinks in place, resize splits the chain in order
 * (bins of 6 or fewer nodes become lists again), and a tree that becomes too small on removal
 * turns back into a list. Nodes are replaced (new objects) on conversion, as in the JDK.
 *
 * Without reflection, "Comparable to itself" is approximated as: the key's class implements
 * Comparable and its superclass does not (the JDK inspects the generic interface declaration).
 */
final class HashMapTree {
    private HashMapTree() {}

    static final class TreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
        TreeNode<K, V> parent;
        TreeNode<K, V> left;
        TreeNode<K, V> right;
        TreeNode<K, V> prev;
        boolean red;

        TreeNode(int hash, K key, V val, HashMap.Node<K, V> next) {
            super(hash, key, val, next);
        }

        TreeNode<K, V> root() {
            TreeNode<K, V> r = this;
            while (r.parent != null) {
                r = r.parent;
            }
            return r;
        }
    }

    static Class<?> comparableClassFor(Object x) {
        if (!(x instanceof Comparable)) {
            return null;
        }
        Class<?> c = x.getClass();
        if (c == String.class) {
            return c;
        }
        Class<?> sup = c.getSuperclass();
        if (sup != null && Comparable.class.isAssignableFrom(sup)) {
            return null;
        }
        return c;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static int compareComparables(Class<?> kc, Object k, Object x) {
        return (x == null || x.getClass() != kc ? 0 : ((Comparable) k).compareTo(x));
    }

    static int tieBreakOrder(Object a, Object b) {
        int d;
        if (a == null || b == null || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0) {
            d = (System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1);
        }
        return d;
    }

    /** Makes root the first node of its bin's chain. */
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, TreeNode<K, V> root) {
        int n;
        if (root == null || tab == null || (n = tab.length) == 0) {
            return;
        }
        int index = (n - 1) & root.hash;
        TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
        if (root != first) {
            tab[index] = root;
            TreeNode<K, V> rp = root.prev;
            HashMap.Node<K, V> rn = root.next;
            if (rn != null) {
                ((TreeNode<K, V>) rn).prev = rp;
            }
            if (rp != null) {
                rp.next = rn;
            }
            if (first != null) {
                first.prev = root;
            }
            root.next = first;
            root.prev = null;
        }
    }

    /** Converts the list bin at index into a tree bin. */
    static <K, V> void treeifyList(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index) {
        TreeNode<K, V> hd = null;
        TreeNode<K, V> tl = null;
        for (HashMap.Node<K, V> e = tab[index]; e != null; e = e.next) {
            TreeNode<K, V> p = map.replacementTreeNode(e, null);
            if (tl == null) {
                hd = p;
            } else {
                p.prev = tl;
                tl.next = p;
            }
            tl = p;
        }
        tab[index] = hd;
        if (hd != null) {
            treeify(hd, tab);
        }
    }

    /** Builds a tree from the chain starting at head, inserting in chain order. */
    static <K, V> void treeify(TreeNode<K, V> head, HashMap.Node<K, V>[] tab) {
        TreeNode<K, V> root = null;
        TreeNode<K, V> next;
        for (TreeNode<K, V> x = head; x != null; x = next) {
            next = (TreeNode<K, V>) x.next;
            x.left = x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
                continue;
            }
            K k = x.key;
            int h = x.hash;
            Class<?> kc = null;
            boolean kcKnown = false;
            for (TreeNode<K, V> p = root; ; ) {
                int dir;
                int ph = p.hash;
                if (ph > h) {
                    dir = -1;
                } else if (ph < h) {
                    dir = 1;
                } else {
                    if (!kcKnown) {
                        kc = comparableClassFor(k);
                        kcKnown = true;
                    }
                    if (kc == null || (dir = compareComparables(kc, k, p.key)) == 0) {
                        dir = tieBreakOrder(k, p.key);
                    }
                }
                TreeNode<K, V> xp = p;
                p = (dir <= 0) ? p.left : p.right;
                if (p == null) {
                    x.parent = xp;
                    if (dir <= 0) {
                        xp.left = x;
                    } else {
                        xp.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
            }
        }
        moveRootToFront(tab, root);
    }

    /** Converts the chain starting at head back into plain nodes; returns the new head. */
    static <K, V> HashMap.Node<K, V> untreeify(HashMap<K, V> map, HashMap.Node<K, V> head) {
        HashMap.Node<K, V> hd = null;
        HashMap.Node<K, V> tl = null;
        for (HashMap.Node<K, V> q = head; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tl == null) {
                hd = p;
            } else {
                tl.next = p;
            }
            tl = p;
        }
        return hd;
    }

    /** Searches the subtree at p for key k with hash h. */
    static <K, V> TreeNode<K, V> findInTree(TreeNode<K, V> p, int h, Object k, Class<?> kc, boolean kcKnown) {
        do {
            int dir;
            TreeNode<K, V> pl = p.left;
            TreeNode<K, V> pr = p.right;
            int ph = p.hash;
            Object pk;
            if (ph > h) {
                p = pl;
            } else if (ph < h) {
                p = pr;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else if (pl == null) {
                p = pr;
            } else if (pr == null) {
                p = pl;
            } else {
                if (!kcKnown) {
                    kc = comparableClassFor(k);
                    kcKnown = true;
                }
                if (kc != null && (dir = compareComparables(kc, k, pk)) != 0) {
                    p = (dir < 0) ? pl : pr;
                } else {
                    TreeNode<K, V> q = findInTree(pr, h, k, kc, kcKnown);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
        } while (p != null);
        return null;
    }

    /** Puts into the tree bin whose chain starts at first; returns an existing node or null. */
    static <K, V> HashMap.Node<K, V> putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, TreeNode<K, V> first, int h, K k, V v) {
        Class<?> kc = null;
        boolean kcKnown = false;
        boolean searched = false;
        TreeNode<K, V> root = first.root();
        for (TreeNode<K, V> p = root; ; ) {
            int dir;
            int ph = p.hash;
            K pk;
            if (ph > h) {
                dir = -1;
            } else if (ph < h) {
                dir = 1;
            } else if ((pk = p.key) == k || (k != null && k.equals(pk))) {
                return p;
            } else {
                if (!kcKnown) {
                    kc = comparableClassFor(k);
                    kcKnown = true;
                }
                if (kc == null || (dir = compareComparables(kc, k, pk)) == 0) {
                    if (!searched) {
                        searched = true;
                        TreeNode<K, V> q;
                        if ((p.left != null && (q = findInTree(p.left, h, k, kc, true)) != null)
                                || (p.right != null && (q = findInTree(p.right, h, k, kc, true)) != null)) {
                            return q;
                        }
                    }
                    dir = tieBreakOrder(k, pk);
                }
            }
            TreeNode<K, V> xp = p;
            p = (dir <= 0) ? p.left : p.right;
            if (p == null) {
                HashMap.Node<K, V> xpn = xp.next;
                TreeNode<K, V> x = map.newTreeNode(h, k, v, xpn);
                if (dir <= 0) {
                    xp.left = x;
                } else {
                    xp.right = x;
                }
                xp.next = x;
                x.parent = x.prev = xp;
                if (xpn != null) {
                    ((TreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return null;
            }
        }
    }

    /** Removes node p from its tree bin (p is known to be in the bin). */
    static <K, V> void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, TreeNode<K, V> p, boolean movable) {
        int n;
        if (tab == null || (n = tab.length) == 0) {
            return;
        }
        int index = (n - 1) & p.hash;
        TreeNode<K, V> first = (TreeNode<K, V>) tab[index];
        TreeNode<K, V> root = first;
        TreeNode<K, V> succ = (TreeNode<K, V>) p.next;
        TreeNode<K, V> pred = p.prev;
        if (pred == null) {
            tab[index] = first = succ;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.prev = pred;
        }
        if (first == null) {
            return;
        }
        if (root.parent != null) {
            root = root.root();
        }
        TreeNode<K, V> rl;
        if (root == null || (movable && (root.right == null || (rl = root.left) == null || rl.left == null))) {
            tab[index] = untreeify(map, first); // too small
            return;
        }
        TreeNode<K, V> pl = p.left;
        TreeNode<K, V> pr = p.right;
        TreeNode<K, V> replacement;
        if (pl != null && pr != null) {
            // swap p with its in-order successor s (positions and colours)
            TreeNode<K, V> s = pr;
            while (s.left != null) {
                s = s.left;
            }
            boolean c = s.red;
            s.red = p.red;
            p.red = c;
            TreeNode<K, V> sr = s.right;
            TreeNode<K, V> pp = p.parent;
            if (s == pr) {
                p.parent = s;
                s.right = p;
            } else {
                TreeNode<K, V> sp = s.parent;
                if ((p.parent = sp) != null) {
                    if (s == sp.left) {
                        sp.left = p;
                    } else {
                        sp.right = p;
                    }
                }
                if ((s.right = pr) != null) {
                    pr.parent = s;
                }
            }
            p.left = null;
            if ((p.right = sr) != null) {
                sr.parent = p;
            }
            if ((s.left = pl) != null) {
                pl.parent = s;
            }
            if ((s.parent = pp) == null) {
                root = s;
            } else if (p == pp.left) {
                pp.left = s;
            } else {
                pp.right = s;
            }
            replacement = (sr != null) ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            TreeNode<K, V> pp = replacement.parent = p.parent;
            if (pp == null) {
                (root = replacement).red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = p.right = p.parent = null;
        }
        TreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            TreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) {
                    pp.left = null;
                } else if (p == pp.right) {
                    pp.right = null;
                }
            }
        }
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    /** Splits the tree bin at index of an old table of size bit into lo (index) and hi (index + bit). */
    static <K, V> void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, TreeNode<K, V> b, int index, int bit) {
        TreeNode<K, V> loHead = null;
        TreeNode<K, V> loTail = null;
        TreeNode<K, V> hiHead = null;
        TreeNode<K, V> hiTail = null;
        int lc = 0;
        int hc = 0;
        TreeNode<K, V> next;
        for (TreeNode<K, V> e = b; e != null; e = next) {
            next = (TreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                if ((e.prev = loTail) == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                ++lc;
            } else {
                if ((e.prev = hiTail) == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                ++hc;
            }
        }
        if (loHead != null) {
            if (lc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index] = untreeify(map, loHead);
            } else {
                tab[index] = loHead;
                if (hiHead != null) {
                    treeify(loHead, tab);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= HashMap.UNTREEIFY_THRESHOLD) {
                tab[index + bit] = untreeify(map, hiHead);
            } else {
                tab[index + bit] = hiHead;
                if (loHead != null) {
                    treeify(hiHead, tab);
                }
            }
        }
    }

    // ---- red-black balancing; rotations keep the root black ----

    static <K, V> TreeNode<K, V> rotateLeft(TreeNode<K, V> root, TreeNode<K, V> p) {
        TreeNode<K, V> r;
        if (p != null && (r = p.right) != null) {
            TreeNode<K, V> rl = p.right = r.left;
            if (rl != null) {
                rl.parent = p;
            }
            TreeNode<K, V> pp = r.parent = p.parent;
            if (pp == null) {
                (root = r).red = false;
            } else if (pp.left == p) {
                pp.left = r;
            } else {
                pp.right = r;
            }
            r.left = p;
            p.parent = r;
        }
        return root;
    }

    static <K, V> TreeNode<K, V> rotateRight(TreeNode<K, V> root, TreeNode<K, V> p) {
        TreeNode<K, V> l;
        if (p != null && (l = p.left) != null) {
            TreeNode<K, V> lr = p.left = l.right;
            if (lr != null) {
                lr.parent = p;
            }
            TreeNode<K, V> pp = l.parent = p.parent;
            if (pp == null) {
                (root = l).red = false;
            } else if (pp.right == p) {
                pp.right = l;
            } else {
                pp.left = l;
            }
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    static <K, V> TreeNode<K, V> balanceInsertion(TreeNode<K, V> root, TreeNode<K, V> x) {
        x.red = true;
        while (true) {
            TreeNode<K, V> xp = x.parent;
            TreeNode<K, V> xpp;
            if (xp == null) {
                x.red = false;
                return x;
            } else if (!xp.red || (xpp = xp.parent) == null) {
                return root;
            }
            TreeNode<K, V> xppl = xpp.left;
            if (xp == xppl) {
                TreeNode<K, V> xppr = xpp.right;
                if (xppr != null && xppr.red) {
                    xppr.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        root = rotateLeft(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        root = rotateRight(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    static <K, V> TreeNode<K, V> balanceDeletion(TreeNode<K, V> root, TreeNode<K, V> x) {
        while (true) {
            TreeNode<K, V> xp;
            if (x == null || x == root) {
                return root;
            } else if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            } else if (x.red) {
                x.red = false;
                return root;
            } else if (xp.left == x) {
                TreeNode<K, V> xpr = xp.right;
                if (xpr != null && xpr.red) {
                    xpr.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    xpr = (xp = x.parent) == null ? null : xp.right;
                }
                if (xpr == null) {
                    x = xp;
                } else {
                    TreeNode<K, V> sl = xpr.left;
                    TreeNode<K, V> sr = xpr.right;
                    if ((sr == null || !sr.red) && (sl == null || !sl.red)) {
                        xpr.red = true;
                        x = xp;
                    } else {
                        if (sr == null || !sr.red) {
                            if (sl != null) {
                                sl.red = false;
                            }
                            xpr.red = true;
                            root = rotateRight(root, xpr);
                            xpr = (xp = x.parent) == null ? null : xp.right;
                        }
                        if (xpr != null) {
                            xpr.red = (xp == null) ? false : xp.red;
                            if ((sr = xpr.right) != null) {
                                sr.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateLeft(root, xp);
                        }
                        x = root;
                    }
                }
            } else {
                TreeNode<K, V> xpl = xp.left;
                if (xpl != null && xpl.red) {
                    xpl.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    xpl = (xp = x.parent) == null ? null : xp.left;
                }
                if (xpl == null) {
                    x = xp;
                } else {
                    TreeNode<K, V> sl = xpl.left;
                    TreeNode<K, V> sr = xpl.right;
                    if ((sl == null || !sl.red) && (sr == null || !sr.red)) {
                        xpl.red = true;
                        x = xp;
                    } else {
                        if (sl == null || !sl.red) {
                            if (sr != null) {
                                sr.red = false;
                            }
                            xpl.red = true;
                            root = rotateLeft(root, xpl);
                            xpl = (xp = x.parent) == null ? null : xp.left;
                        }
                        if (xpl != null) {
                            xpl.red = (xp == null) ? false : xp.red;
                            if ((sl = xpl.left) != null) {
                                sl.red = false;
                            }
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateRight(root, xp);
                        }
                        x = root;
                    }
                }
            }
        }
    }
}
