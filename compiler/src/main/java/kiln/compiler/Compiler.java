package kiln.compiler;

import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.reflect.AccessFlag;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kiln.compiler.analysis.KClass;
import kiln.compiler.analysis.KMethod;
import kiln.compiler.analysis.Program;
import kiln.compiler.analysis.Reachability;
import kiln.compiler.analysis.World;
import kiln.compiler.emit.CEmitter;
import kiln.compiler.frontend.ClassPath;
import kiln.compiler.lower.IndyTable;

/**
 * The compiler's front door: application classes + class library in, C files out.
 *
 * @param application a directory of .class files or a jar
 * @param classLibrary the Kiln class library's classes directory
 * @param mainClass the class whose main runs, or null to find the only one
 * @param inputName how messages name the user's input (it may have been compiled to a temp dir)
 * @param libraries more library class directories or jars after the class library: the library-OS
 *     modules (libos/NAME/target/classes); only the classes the program reaches are compiled
 */
public record Compiler(Path application, Path classLibrary, String mainClass, String inputName, List<Path> libraries) {

    public Compiler(Path application, Path classLibrary, String mainClass) {
        this(application, classLibrary, mainClass, application.toString());
    }

    public Compiler(Path application, Path classLibrary, String mainClass, String inputName) {
        this(application, classLibrary, mainClass, inputName, List.of());
    }

    /** What a compilation produced. */
    public record Output(Map<String, String> files, String mainClass, int classes, int methods) {}

    public Output compile() {
        ClassPath cp = new ClassPath();
        cp.addApplication(application);
        cp.addLibrary(classLibrary);
        for (Path lib : libraries) {
            cp.addLibrary(lib);
        }
        cp.validateApplication();
        World world = new World(cp);
        KMethod main = findMain(world, cp);

        Reachability reach = new Reachability(world, new IndyTable(cp));
        KClass start = require(world, "kiln/rt/Start");
        reach.instantiate(require(world, "java/lang/Object"));
        reach.instantiate(require(world, "java/lang/String"));
        reach.instantiate(require(world, "java/lang/Class"));
        for (String a : new String[] {"[C", "[Ljava/lang/Object;", "[Ljava/lang/String;"}) {
            reach.useType(a);
        }
        reach.initialize(start);
        reach.addRoot(start.methods.get("start()V"));
        reach.addRoot(require(world, "kiln/rt/ClassInit").methods.get("initialize(Ljava/lang/Class;)V"));
        for (KMethod m : require(world, "kiln/rt/Throw").methods.values()) {
            if (m.isStatic() && !m.name.equals("<clinit>")) {
                reach.addRoot(m);
            }
        }
        KClass monitors = require(world, "kiln/rt/Monitors");
        reach.addRoot(monitors.methods.get("enter(Ljava/lang/Object;)V"));
        reach.addRoot(monitors.methods.get("exit(Ljava/lang/Object;)V"));
        reach.initialize(main.owner);
        reach.addRoot(main);
        reach.run();
        // Enum.valueOf and Class.getEnumConstants reach every enum's values() through a generated switch.
        KMethod enumConstants = require(world, "kiln/rt/Classes").methods.get("enumConstants(Ljava/lang/Class;)[Ljava/lang/Object;");
        if (reach.reached.contains(enumConstants)) {
            for (KClass k : List.copyOf(reach.referenced)) {
                KMethod values = Program.enumValues(k);
                if (values != null) {
                    reach.addRoot(values);
                }
            }
            reach.run();
        }
        KClass scheduler = require(world, "kiln/rt/Scheduler");
        // Drivers block on device interrupts through kiln.hw.Irq.await/awaitOrUnpark, whose natives enters the scheduler.
        KClass irq = world.load("kiln/hw/Irq");
        if (irq != null && (reach.reached.contains(irq.methods.get("await(I)V"))
                || reach.reached.contains(irq.methods.get("awaitOrUnpark(IJ)V")))) {
            reach.addRoot(scheduler.methods.get("awaitInterrupt(IJ)V"));
            reach.run();
        }
        // SecureRandom's seeds ask the virtio-rng device through kiln.virtio.RngEntropy when the
        // library-OS modules are on the class path (the class library cannot name them; CEmitter
        // generates the native kiln.rt.Entropy.device as a call to it).
        KClass entropy = world.load("kiln/rt/Entropy");
        KMethod rngRead = rngEntropyRead(world);
        if (entropy != null && rngRead != null && reach.reached.contains(entropy.methods.get("device([BII)I"))) {
            reach.initialize(rngRead.owner);
            reach.addRoot(rngRead);
            reach.run();
        }
        // The scheduler's entries from C (safepoint polls, new threads) matter only if a thread can start.
        if (reach.reached.contains(scheduler.methods.get("start(Lkiln/rt/Strand;)V"))) {
            reach.addRoot(scheduler.methods.get("safepoint()V"));
            reach.addRoot(scheduler.methods.get("threadBody()V"));
            reach.run();
        }
        if (!world.errors.isEmpty()) {
            throw new CompileError(String.join("\n", world.errors));
        }
        Program program = new Program(world, reach, main);
        Map<String, String> files = new CEmitter(program).emit();
        return new Output(files, main.owner.javaName(), program.classes.size(), reach.reached.size());
    }

    /** kiln.virtio.RngEntropy.read(byte[], int, int), or null when the virtio module is not there. */
    public static KMethod rngEntropyRead(World world) {
        KClass k = world.load("kiln/virtio/RngEntropy");
        return k == null ? null : k.methods.get("read([BII)I");
    }

    private static KClass require(World world, String name) {
        KClass k = world.load(name);
        if (k == null) {
            throw new CompileError("the Kiln class library lacks " + name.replace('/', '.')
                    + " (is the toolchain built? run ./kiln again to rebuild it)");
        }
        return k;
    }

    private KMethod findMain(World world, ClassPath cp) {
        List<String> candidates = new ArrayList<>();
        if (mainClass != null) {
            candidates.add(mainClass.replace('.', '/'));
            if (cp.find(candidates.get(0)) == null) {
                throw new CompileError(inputName + ": no class " + mainClass);
            }
        } else {
            for (String n : cp.applicationClasses()) {
                if (mainMethod(cp.find(n)) != null) {
                    candidates.add(n);
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new CompileError(inputName + ": no class has a `public static void main(String[])` method");
        }
        if (candidates.size() > 1) {
            throw new CompileError(inputName + ": several classes have a main method ("
                    + String.join(", ", candidates.stream().map(c -> c.replace('/', '.')).toList())
                    + "); choose one with --main CLASS");
        }
        KClass k = world.load(candidates.get(0));
        MethodModel m = mainMethod(k.model);
        if (m == null) {
            throw new CompileError(inputName + ": class " + k.javaName() + " has no `public static void main(String[])` method");
        }
        return k.methods.get(m.methodName().stringValue() + m.methodType().stringValue());
    }

    private static MethodModel mainMethod(ClassModel c) {
        MethodModel noArgs = null;
        for (MethodModel m : c.methods()) {
            if (!m.methodName().equalsString("main") || !m.flags().has(AccessFlag.STATIC)) {
                continue;
            }
            if (m.methodType().equalsString("([Ljava/lang/String;)V")) {
                return m;
            }
            if (m.methodType().equalsString("()V")) {
                noArgs = m;
            }
        }
        return noArgs;
    }
}
