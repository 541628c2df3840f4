package java.lang;

/**
 * One frame of a stack trace. toString follows HotSpot's format: "java.base/" before classes of the
 * class library (as HotSpot prints JDK classes), "Cls.m(File.java:12)", "(File.java)" without a
 * line, "(Unknown Source)" without a file, "(Native Method)" for line -2.
 */
public final class StackTraceElement implements java.io.Serializable {
    private final String classLoaderName;
    private final String moduleName;
    private final String moduleVersion;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion,
            String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.classLoaderName = classLoaderName;
        this.moduleName = moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** A frame captured by Throwable.fillInStackTrace: class library frames live in java.base. */
    static StackTraceElement ofFrame(String cls, String method, String file, int line) {
        String module = cls.startsWith("java.") ? "java.base" : null;
        return new StackTraceElement(null, module, null, cls, method, file, line);
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getModuleVersion() {
        return moduleVersion;
    }

    public String getClassLoaderName() {
        return classLoaderName;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (classLoaderName != null && !classLoaderName.isEmpty()) {
            sb.append(classLoaderName).append('/');
        }
        if (moduleName != null && !moduleName.isEmpty()) {
            sb.append(moduleName);
            if (moduleVersion != null && !moduleVersion.isEmpty()) {
                sb.append('@').append(moduleVersion);
            }
        }
        if (sb.length() > 0) {
            sb.append('/');
        }
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            sb.append("Native Method");
        } else if (fileName == null) {
            sb.append("Unknown Source");
        } else {
            sb.append(fileName);
            if (lineNumber >= 0) {
                sb.append(':').append(lineNumber);
            }
        }
        return sb.append(')').toString();
    }

    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber
                && java.util.Objects.equals(classLoaderName, e.classLoaderName)
                && java.util.Objects.equals(moduleName, e.moduleName)
                && java.util.Objects.equals(moduleVersion, e.moduleVersion)
                && declaringClass.equals(e.declaringClass)
                && methodName.equals(e.methodName)
                && java.util.Objects.equals(fileName, e.fileName);
    }

    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + java.util.Objects.hashCode(classLoaderName);
        result = 31 * result + java.util.Objects.hashCode(moduleName);
        result = 31 * result + java.util.Objects.hashCode(moduleVersion);
        result = 31 * result + java.util.Objects.hashCode(fileName);
        result = 31 * result + lineNumber;
        return result;
    }
}
