import java.util.*;
import java.util.function.*;

/**
 * An expression language interpreter: lexer, recursive-descent parser to an AST (sealed records),
 * evaluation with variables, user functions, closures and error reporting with positions.
 */
public class Main {
    enum T { NUM, ID, OP, LP, RP, COMMA, EOF }

    record Tok(T type, String text, int pos) {}

    static final class SyntaxError extends RuntimeException {
        SyntaxError(String msg, int pos) { super(msg + " at " + pos); }
    }

    static List<Tok> lex(String s) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int start = i;
            if (Character.isDigit(c) || c == '.') {
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
                out.add(new Tok(T.NUM, s.substring(start, i), start));
            } else if (Character.isLetter(c)) {
                while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
                out.add(new Tok(T.ID, s.substring(start, i), start));
            } else if ("+-*/^%=<>!".indexOf(c) >= 0) {
                i++;
                if (i < s.length() && s.charAt(i) == '=' && "=<>!".indexOf(c) >= 0) i++;
                out.add(new Tok(T.OP, s.substring(start, i), start));
            } else if (c == '(') { out.add(new Tok(T.LP, "(", i++)); }
            else if (c == ')') { out.add(new Tok(T.RP, ")", i++)); }
            else if (c == ',') { out.add(new Tok(T.COMMA, ",", i++)); }
            else throw new SyntaxError("unexpected '" + c + "'", i);
        }
        out.add(new Tok(T.EOF, "", s.length()));
        return out;
    }

    sealed interface Node permits Num, Var, Bin, Neg, Call, Let, If, Lambda {}
    record Num(double v) implements Node {}
    record Var(String name, int pos) implements Node {}
    record Bin(String op, Node l, Node r) implements Node {}
    record Neg(Node e) implements Node {}
    record Call(Node fn, List<Node> args, int pos) implements Node {}
    record Let(String name, Node value, Node body) implements Node {}
    record If(Node c, Node a, Node b) implements Node {}
    record Lambda(List<String> params, Node body) implements Node {}

    static final class Parser {
        final List<Tok> toks;
        int p;
        Parser(List<Tok> toks) { this.toks = toks; }
        Tok peek() { return toks.get(p); }
        Tok next() { return toks.get(p++); }
        boolean at(String text) { return peek().text().equals(text) && peek().type() != T.NUM; }
        Tok expect(T t, String what) {
            if (peek().type() != t) throw new SyntaxError("expected " + what + " but got '" + peek().text() + "'", peek().pos());
            return next();
        }
        Node parseAll() {
            Node n = expr();
            if (peek().type() != T.EOF) throw new SyntaxError("trailing '" + peek().text() + "'", peek().pos());
            return n;
        }
        Node expr() {
            if (at("let")) {
                next();
                String name = expect(T.ID, "name").text();
                if (!at("=")) throw new SyntaxError("expected '='", peek().pos());
                next();
                Node v = expr();
                if (!at("in")) throw new SyntaxError("expected 'in'", peek().pos());
                next();
                return new Let(name, v, expr());
            }
            if (at("if")) {
                next();
                Node c = expr();
                if (!at("then")) throw new SyntaxError("expected 'then'", peek().pos());
                next();
                Node a = expr();
                if (!at("else")) throw new SyntaxError("expected 'else'", peek().pos());
                next();
                return new If(c, a, expr());
            }
            if (at("fn")) {
                next();
                expect(T.LP, "'('");
                List<String> ps = new ArrayList<>();
                while (peek().type() == T.ID) {
                    ps.add(next().text());
                    if (peek().type() == T.COMMA) next();
                }
                expect(T.RP, "')'");
                return new Lambda(ps, expr());
            }
            return compare();
        }
        Node compare() {
            Node l = additive();
            while (peek().type() == T.OP && List.of("<", ">", "<=", ">=", "==", "!=").contains(peek().text())) l = new Bin(next().text(), l, additive());
            return l;
        }
        Node additive() {
            Node l = term();
            while (at("+") || at("-")) l = new Bin(next().text(), l, term());
            return l;
        }
        Node term() {
            Node l = unary();
            while (at("*") || at("/") || at("%")) l = new Bin(next().text(), l, unary());
            return l;
        }
        Node unary() {
            if (at("-")) { next(); return new Neg(unary()); }
            return power();
        }
        Node power() {
            Node base = postfix();
            if (at("^")) { next(); return new Bin("^", base, unary()); }  // right associative
            return base;
        }
        Node postfix() {
            Node n = primary();
            while (peek().type() == T.LP) {
                int pos = next().pos();
                List<Node> args = new ArrayList<>();
                if (peek().type() != T.RP) {
                    do { args.add(expr()); } while (peek().type() == T.COMMA && next() != null);
                }
                expect(T.RP, "')'");
                n = new Call(n, args, pos);
            }
            return n;
        }
        Node primary() {
            Tok t = next();
            switch (t.type()) {
                case NUM:
                    try { return new Num(Double.parseDouble(t.text())); }
                    catch (NumberFormatException e) { throw new SyntaxError("bad number " + t.text(), t.pos()); }
                case ID: return new Var(t.text(), t.pos());
                case LP: { Node e = expr(); expect(T.RP, "')'"); return e; }
                default: throw new SyntaxError("unexpected '" + t.text() + "'", t.pos());
            }
        }
    }

    interface Fn { Object call(List<Object> args); }

    record Env(String name, Object value, Env parent) {
        Object lookup(String n, int pos) {
            for (Env e = this; e != null; e = e.parent) if (e.name.equals(n)) return e.value;
            throw new RuntimeException("unbound variable " + n + " at " + pos);
        }
    }

    static double num(Object o) {
        if (o instanceof Double d) return d;
        throw new RuntimeException("not a number: " + (o instanceof Fn ? "<function>" : o));
    }

    static Object eval(Node n, Env env) {
        return switch (n) {
            case Num num -> num.v();
            case Var v -> env.lookup(v.name(), v.pos());
            case Neg neg -> -num(eval(neg.e(), env));
            case Let let -> eval(let.body(), new Env(let.name(), eval(let.value(), env), env));
            case If f -> num(eval(f.c(), env)) != 0 ? eval(f.a(), env) : eval(f.b(), env);
            case Lambda lam -> (Fn) args -> {
                if (args.size() != lam.params().size()) throw new RuntimeException("arity: expected " + lam.params().size() + ", got " + args.size());
                Env e = env;
                for (int i = 0; i < args.size(); i++) e = new Env(lam.params().get(i), args.get(i), e);
                return eval(lam.body(), e);
            };
            case Call c -> {
                Object f = eval(c.fn(), env);
                if (!(f instanceof Fn fn)) throw new RuntimeException("not callable at " + c.pos());
                List<Object> args = new ArrayList<>();
                for (Node a : c.args()) args.add(eval(a, env));
                yield fn.call(args);
            }
            case Bin b -> {
                double l = num(eval(b.l(), env)), r = num(eval(b.r(), env));
                yield switch (b.op()) {
                    case "+" -> l + r;
                    case "-" -> l - r;
                    case "*" -> l * r;
                    case "/" -> {
                        if (r == 0) throw new ArithmeticException("division by zero");
                        yield l / r;
                    }
                    case "%" -> l % r;
                    case "^" -> StrictMath.pow(l, r);
                    case "<" -> l < r ? 1.0 : 0.0;
                    case ">" -> l > r ? 1.0 : 0.0;
                    case "<=" -> l <= r ? 1.0 : 0.0;
                    case ">=" -> l >= r ? 1.0 : 0.0;
                    case "==" -> l == r ? 1.0 : 0.0;
                    default -> l != r ? 1.0 : 0.0;
                };
            }
        };
    }

    static Env globals() {
        Env g = new Env("pi", Math.PI, null);
        g = new Env("sqrt", (Fn) a -> Math.sqrt(num(a.get(0))), g);
        g = new Env("max", (Fn) a -> a.stream().mapToDouble(Main::num).max().orElseThrow(), g);
        g = new Env("abs", (Fn) a -> Math.abs(num(a.get(0))), g);
        return g;
    }

    static String show(Object v) {
        if (v instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.format("%.6g", d);
        return "<function>";
    }

    public static void main(String[] args) {
        String[] programs = {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 % 4 + 7 / 2", "let x = 5 in x * x - 1",
            "let sq = fn(a) a * a in sq(12) + sq(-3)", "max(3, 9, 4) + abs(-2.5)", "sqrt(2) * sqrt(2) == 2", "pi * 2",
            "let fact = fn(f, n) if n <= 1 then 1 else n * f(f, n - 1) in fact(fact, 20)",
            "let compose = fn(f, g) fn(x) f(g(x)) in let inc = fn(x) x + 1 in compose(inc, inc)(40)",
            "let fib = fn(f, n) if n < 2 then n else f(f, n - 1) + f(f, n - 2) in fib(fib, 20)",
            "fn(x) x", "1 / 0", "y + 1", "3(4)", "sqrt(1, 2) + let k = 1 in k", "(fn(a, b) a)(1)", "1 +", "2 * (3", "4 $ 5",
            "let = 3 in 1", "if 1 then 2", "1.2.3", "max()", "1 2",
        };
        for (String src : programs) {
            try {
                Node ast = new Parser(lex(src)).parseAll();
                System.out.println(src + "  =>  " + show(eval(ast, globals())));
            } catch (SyntaxError e) {
                System.out.println(src + "  !! syntax: " + e.getMessage());
            } catch (ArithmeticException | NoSuchElementException e) {
                System.out.println(src + "  !! " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(src + "  !! runtime: " + e.getMessage());
            }
        }
        System.out.println(new Parser(lex("let a = 1 in a + -b * 2")).parseAll());
    }
}
