import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.*;
import java.util.stream.Collectors;

/** A bank ledger: accounts, transfers, interest and fees in BigDecimal, records, maps and a report. */
public class Main {
    enum Kind { CHECKING, SAVINGS, LOAN }

    record AccountId(String branch, int number) implements Comparable<AccountId> {
        AccountId {
            if (number <= 0) throw new IllegalArgumentException("bad account number " + number);
        }
        public int compareTo(AccountId o) {
            int c = branch.compareTo(o.branch);
            return c != 0 ? c : Integer.compare(number, o.number);
        }
        @Override public String toString() { return branch + "-" + String.format("%05d", number); }
    }

    record Entry(int seq, AccountId account, BigDecimal amount, String memo) {}

    static final class InsufficientFunds extends Exception {
        InsufficientFunds(AccountId id, BigDecimal balance, BigDecimal wanted) {
            super("account " + id + " has " + balance + ", needs " + wanted);
        }
    }

    static final class Account {
        final AccountId id;
        final Kind kind;
        final String owner;
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        final BigDecimal overdraft;

        Account(AccountId id, Kind kind, String owner, String overdraft) {
            this.id = id;
            this.kind = kind;
            this.owner = owner;
            this.overdraft = new BigDecimal(overdraft);
        }
    }

    static final class Ledger {
        private final Map<AccountId, Account> accounts = new TreeMap<>();
        private final List<Entry> journal = new ArrayList<>();
        private int seq;

        Account open(String branch, int no, Kind kind, String owner, String overdraft) {
            Account a = new Account(new AccountId(branch, no), kind, owner, overdraft);
            if (accounts.putIfAbsent(a.id, a) != null) throw new IllegalStateException("duplicate " + a.id);
            return a;
        }

        Account get(AccountId id) {
            Account a = accounts.get(id);
            if (a == null) throw new NoSuchElementException("no account " + id);
            return a;
        }

        private void post(Account a, BigDecimal amount, String memo) {
            a.balance = a.balance.add(amount);
            journal.add(new Entry(++seq, a.id, amount, memo));
        }

        void deposit(AccountId id, String amount, String memo) {
            BigDecimal v = new BigDecimal(amount).setScale(2, RoundingMode.HALF_EVEN);
            if (v.signum() <= 0) throw new IllegalArgumentException("deposit must be positive: " + amount);
            post(get(id), v, memo);
        }

        void transfer(AccountId from, AccountId to, String amount) throws InsufficientFunds {
            BigDecimal v = new BigDecimal(amount).setScale(2, RoundingMode.HALF_EVEN);
            Account a = get(from), b = get(to);
            if (a.balance.add(a.overdraft).compareTo(v) < 0) throw new InsufficientFunds(from, a.balance, v);
            post(a, v.negate(), "transfer to " + to);
            post(b, v, "transfer from " + from);
        }

        /** Monthly interest: annual rate / 12, banker's rounding to cents. */
        void accrue(Map<Kind, String> annualRates) {
            for (Account a : accounts.values()) {
                BigDecimal rate = new BigDecimal(annualRates.getOrDefault(a.kind, "0"));
                BigDecimal monthly = rate.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
                BigDecimal interest = a.balance.multiply(monthly).setScale(2, RoundingMode.HALF_EVEN);
                if (interest.signum() != 0) post(a, interest, "interest " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            }
        }

        void fees() {
            for (Account a : accounts.values()) {
                if (a.kind == Kind.CHECKING && a.balance.compareTo(new BigDecimal("100")) < 0) {
                    post(a, new BigDecimal("-2.50"), "low balance fee");
                }
            }
        }

        BigDecimal total() {
            return accounts.values().stream().map(a -> a.balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static void main(String[] args) {
        Ledger l = new Ledger();
        AccountId alice = l.open("NYC", 101, Kind.CHECKING, "Alice", "50").id;
        AccountId aliceSav = l.open("NYC", 102, Kind.SAVINGS, "Alice", "0").id;
        AccountId bob = l.open("SFO", 7, Kind.CHECKING, "Bob", "0").id;
        AccountId carol = l.open("AUS", 33, Kind.LOAN, "Carol", "100000").id;
        AccountId dave = l.open("SFO", 8, Kind.SAVINGS, "Dave", "0").id;

        l.deposit(alice, "1200.005", "salary");
        l.deposit(aliceSav, "5000", "opening");
        l.deposit(bob, "80.125", "gift");
        l.deposit(dave, "0.015", "rounding test");
        String[][] transfers = {
            {"NYC-00101", "SFO-00007", "250.10"}, {"SFO-00007", "NYC-00101", "400"}, {"AUS-00033", "SFO-00008", "15000"},
            {"NYC-00102", "NYC-00101", "1000.999"}, {"SFO-00007", "AUS-00033", "330.22"}, {"NYC-00101", "XXX-1", "1"},
        };
        Map<String, AccountId> byName = new HashMap<>();
        for (AccountId id : List.of(alice, aliceSav, bob, carol, dave)) byName.put(id.toString(), id);
        for (String[] t : transfers) {
            try {
                AccountId from = byName.get(t[0]), to = byName.get(t[1]);
                if (to == null) throw new NoSuchElementException("no account " + t[1]);
                l.transfer(from, to, t[2]);
                System.out.println("ok   " + String.join(" -> ", t[0], t[1]) + " " + t[2]);
            } catch (InsufficientFunds e) {
                System.out.println("FAIL " + e.getMessage());
            } catch (NoSuchElementException e) {
                System.out.println("FAIL " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            l.deposit(bob, "-5", "bad");
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        try {
            new AccountId("X", 0);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        Map<Kind, String> rates = new HashMap<>();
        rates.put(Kind.SAVINGS, "0.0425");
        rates.put(Kind.LOAN, "0.0799");
        rates.put(Kind.CHECKING, "0.001");
        for (int month = 1; month <= 3; month++) {
            l.accrue(rates);
            l.fees();
            System.out.println("after month " + month + ": total " + l.total());
        }

        System.out.println("== journal ==");
        for (Entry e : l.journal) {
            System.out.printf("%3d %-10s %12s  %s%n", e.seq(), e.account(), e.amount().toPlainString(), e.memo());
        }
        System.out.println("== balances ==");
        for (Account a : l.accounts.values()) {
            System.out.printf("%-10s %-8s %-6s %12s%n", a.id, a.kind, a.owner, a.balance);
        }
        Map<String, BigDecimal> byOwner = l.accounts.values().stream().collect(Collectors.groupingBy(
                a -> a.owner, TreeMap::new, Collectors.reducing(BigDecimal.ZERO, a -> a.balance, BigDecimal::add)));
        System.out.println("by owner: " + byOwner);
        Map<Kind, Long> count = l.journal.stream().collect(Collectors.groupingBy(e -> l.get(e.account()).kind,
                TreeMap::new, Collectors.counting()));
        System.out.println("entries by kind: " + count);
        BigDecimal credits = l.journal.stream().map(Entry::amount).filter(v -> v.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal debits = l.journal.stream().map(Entry::amount).filter(v -> v.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.println("credits " + credits + " debits " + debits + " net " + credits.add(debits));
        Entry biggest = Collections.max(l.journal, Comparator.comparing((Entry e) -> e.amount().abs())
                .thenComparing(Entry::seq, Comparator.reverseOrder()));
        System.out.println("biggest movement: " + biggest);
        BigDecimal avg = credits.divide(BigDecimal.valueOf(l.journal.size()), 6, RoundingMode.HALF_UP);
        System.out.println("average credit per entry: " + avg + " ~ " + avg.round(new MathContext(3)));
        System.out.println("scientific: " + new BigDecimal("12345.6789").multiply(new BigDecimal("1E+10")) + " "
                + new BigDecimal("0.00000012").toEngineeringString());
    }
}
