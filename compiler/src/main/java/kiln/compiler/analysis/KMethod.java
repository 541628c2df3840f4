package kiln.compiler.analysis;

import java.lang.classfile.MethodModel;
import java.lang.reflect.AccessFlag;

/** A method of a KClass. `key` is name + descriptor, the JVM's selector. */
public final class KMethod {
    public final KClass owner;
    public final MethodModel model;
    public final String name;
    public final String desc;
    public final String key;

    KMethod(KClass owner, MethodModel model) {
        this.owner = owner;
        this.model = model;
        this.name = model.methodName().stringValue();
        this.desc = model.methodType().stringValue();
        this.key = name + desc;
    }

    public boolean isStatic() {
        return model.flags().has(AccessFlag.STATIC);
    }

    public boolean isSynchronized() {
        return model.flags().has(AccessFlag.SYNCHRONIZED);
    }

    public boolean isAbstract() {
        return model.flags().has(AccessFlag.ABSTRACT);
    }

    public boolean isNative() {
        return model.flags().has(AccessFlag.NATIVE);
    }

    public boolean isPrivate() {
        return model.flags().has(AccessFlag.PRIVATE);
    }

    public boolean isFinal() {
        return model.flags().has(AccessFlag.FINAL);
    }

    /** True for methods that take part in virtual dispatch. */
    public boolean isVirtual() {
        return !isStatic() && !isPrivate() && !name.equals("<init>") && !name.equals("<clinit>");
    }

    @Override
    public String toString() {
        return owner.javaName() + "." + name + desc;
    }
}
