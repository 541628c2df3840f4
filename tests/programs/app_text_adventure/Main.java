import java.util.*;

/** A text-adventure command interpreter: Scanner over stdin, string switches, enums and a small world. */
public class Main {
    enum Dir {
        NORTH, SOUTH, EAST, WEST, UP, DOWN;

        Dir opposite() {
            return switch (this) {
                case NORTH -> SOUTH;
                case SOUTH -> NORTH;
                case EAST -> WEST;
                case WEST -> EAST;
                case UP -> DOWN;
                case DOWN -> UP;
            };
        }

        static Optional<Dir> parse(String s) {
            for (Dir d : values()) {
                if (d.name().equalsIgnoreCase(s) || d.name().substring(0, 1).equalsIgnoreCase(s)) return Optional.of(d);
            }
            return Optional.empty();
        }
    }

    enum Item {
        LAMP("a brass lamp", 1), KEY("a rusty key", 2), SWORD("a sharp sword", 5), GEM("a glowing gem", 50);

        final String description;
        final int points;

        Item(String description, int points) {
            this.description = description;
            this.points = points;
        }
    }

    static final class Room {
        final String name, description;
        final Map<Dir, Room> exits = new LinkedHashMap<>();
        final List<Item> items = new ArrayList<>();
        boolean locked;
        int trollHealth;

        Room(String name, String description) {
            this.name = name;
            this.description = description;
        }

        void connect(Dir d, Room other) {
            exits.put(d, other);
            other.exits.put(d.opposite(), this);
        }
    }

    static final class Game {
        Room here;
        final List<Item> inventory = new ArrayList<>();
        int moves, score;
        boolean over;
        final Map<String, Integer> verbCounts = new TreeMap<>();

        void say(String fmt, Object... args) {
            System.out.println("  " + String.format(fmt, args));
        }

        void handle(String line) {
            String[] words = line.trim().toLowerCase().split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                say("Say something.");
                return;
            }
            String verb = words[0], noun = words.length > 1 ? words[1] : null;
            verbCounts.merge(verb, 1, Integer::sum);
            moves++;
            switch (verb) {
                case "look", "l" -> look();
                case "go", "walk" -> go(noun);
                case "north", "south", "east", "west", "up", "down" -> go(verb);
                case "take", "get" -> take(noun);
                case "drop" -> drop(noun);
                case "inventory", "i" -> say("You carry: %s", inventory.isEmpty() ? "nothing" : inventory);
                case "use" -> use(noun);
                case "attack", "hit" -> attack();
                case "examine", "x" -> examine(noun);
                case "score" -> say("Score %d in %d moves.", score, moves);
                case "quit" -> {
                    say("Bye.");
                    over = true;
                }
                default -> say("I don't understand '%s'.", verb);
            }
        }

        void look() {
            say("== %s ==", here.name);
            say(here.description);
            if (!here.items.isEmpty()) say("You see: %s", here.items);
            if (here.trollHealth > 0) say("A troll (health %d) blocks the way up!", here.trollHealth);
            StringJoiner sj = new StringJoiner(", ");
            here.exits.forEach((d, r) -> sj.add(d.name().toLowerCase() + (r.locked ? " (locked)" : "")));
            say("Exits: %s", sj);
        }

        void go(String where) {
            if (where == null) {
                say("Go where?");
                return;
            }
            Optional<Dir> d = Dir.parse(where);
            if (d.isEmpty()) {
                say("'%s' is not a direction.", where);
                return;
            }
            Room next = here.exits.get(d.get());
            if (next == null) say("You can't go %s.", d.get().name().toLowerCase());
            else if (next.locked) say("The %s is locked.", next.name);
            else if (d.get() == Dir.UP && here.trollHealth > 0) say("The troll won't let you pass.");
            else {
                here = next;
                look();
            }
        }

        Optional<Item> item(String noun, List<Item> from) {
            if (noun == null) return Optional.empty();
            return from.stream().filter(i -> i.name().equalsIgnoreCase(noun)).findFirst();
        }

        void take(String noun) {
            if (noun == null) {
                say("Take what?");
                return;
            }
            item(noun, here.items).ifPresentOrElse(i -> {
                here.items.remove(i);
                inventory.add(i);
                score += i.points;
                say("Taken: %s (+%d).", i.description, i.points);
            }, () -> say("There is no %s here.", noun));
        }

        void drop(String noun) {
            item(noun, inventory).ifPresentOrElse(i -> {
                inventory.remove(i);
                here.items.add(i);
                say("Dropped %s.", i.name().toLowerCase());
            }, () -> say("You don't have that."));
        }

        void use(String noun) {
            if (item(noun, inventory).orElse(null) != Item.KEY) {
                say("Nothing happens.");
                return;
            }
            for (Room r : here.exits.values()) {
                if (r.locked) {
                    r.locked = false;
                    say("You unlock the %s.", r.name);
                    return;
                }
            }
            say("There is nothing to unlock.");
        }

        void attack() {
            if (here.trollHealth <= 0) {
                say("You swing at the air.");
                return;
            }
            int damage = inventory.contains(Item.SWORD) ? 6 : 1;
            here.trollHealth = Math.max(0, here.trollHealth - damage);
            say(here.trollHealth == 0 ? "The troll flees!" : "You hit the troll for %d.", damage);
            if (here.trollHealth == 0) score += 20;
        }

        void examine(String noun) {
            Optional<Item> i = item(noun, inventory).or(() -> item(noun, here.items));
            say(i.map(it -> "It is " + it.description + ", worth " + it.points + ".").orElse("You see no such thing."));
        }
    }

    public static void main(String[] args) {
        Room hall = new Room("Hall", "A dusty hall with portraits.");
        Room library = new Room("Library", "Shelves of forgotten books.");
        Room vault = new Room("Vault", "Cold stone walls.");
        Room armory = new Room("Armory", "Racks of old weapons.");
        Room tower = new Room("Tower", "Wind howls through the top of the tower.");
        hall.connect(Dir.NORTH, library);
        library.connect(Dir.EAST, vault);
        vault.connect(Dir.UP, tower);
        hall.connect(Dir.WEST, armory);
        vault.locked = true;
        vault.trollHealth = 10;
        hall.items.add(Item.LAMP);
        library.items.add(Item.KEY);
        vault.items.add(Item.SWORD);
        tower.items.add(Item.GEM);

        Game g = new Game();
        g.here = hall;
        Scanner in = new Scanner(System.in);
        int lineNo = 0;
        while (!g.over && in.hasNextLine()) {
            String line = in.nextLine();
            System.out.println(String.format("%02d> %s", ++lineNo, line));
            g.handle(line);
        }
        System.out.println("Final score " + g.score + ", moves " + g.moves + ", inventory " + g.inventory);
        System.out.println("Verbs used: " + g.verbCounts);
        System.out.println("Unread input: " + (in.hasNextLine() ? in.nextLine() : "<none>"));
        System.out.println(Arrays.toString(Dir.values()) + " " + Dir.valueOf("UP").ordinal() + " " + Item.GEM.compareTo(Item.LAMP));
    }
}
