/** A tiny stack-machine interpreter (a switch-dispatch loop) running a few programs: loops, calls, arithmetic. */
public class Main {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DUP = 4, SWAP = 5, JZ = 6, JMP = 7, LOAD = 8, STORE = 9,
                     PRINT = 10, HALT = 11, LT = 12, MOD = 13, CALL = 14, RET = 15, DROP = 16, OVER = 17;

    static StringBuilder out = new StringBuilder();

    static long run(int[] code, int maxSteps) {
        long[] stack = new long[256];
        long[] vars = new long[16];
        int[] calls = new int[64];
        int sp = 0, pc = 0, csp = 0;
        long steps = 0;
        while (steps++ < maxSteps) {
            int op = code[pc++];
            switch (op) {
                case PUSH: stack[sp++] = code[pc++]; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
                case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp] ? 1 : 0; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case OVER: stack[sp] = stack[sp - 2]; sp++; break;
                case DROP: sp--; break;
                case SWAP: { long t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
                case JMP: pc = code[pc]; break;
                case LOAD: stack[sp++] = vars[code[pc++]]; break;
                case STORE: vars[code[pc++]] = stack[--sp]; break;
                case PRINT: out.append(stack[--sp]).append(' '); break;
                case CALL: calls[csp++] = pc + 1; pc = code[pc]; break;
                case RET: pc = calls[--csp]; break;
                case HALT: return steps;
                default: throw new IllegalStateException("bad opcode " + op + " at " + (pc - 1));
            }
        }
        throw new IllegalStateException("step limit");
    }

    public static void main(String[] args) {
        // sum = 0; i = 0; while (i < 1000) { sum = sum + i * i; i = i + 1 } print sum
        int[] sumSquares = {PUSH, 0, STORE, 0, PUSH, 0, STORE, 1,
                            LOAD, 1, PUSH, 1000, LT, JZ, 32,
                            LOAD, 0, LOAD, 1, DUP, MUL, ADD, STORE, 0,
                            LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 8,
                            LOAD, 0, PRINT, HALT};
        sumSquares[14] = 33;
        sumSquares[32] = 8;
        System.out.println("steps " + run(sumSquares, 1_000_000) + " out " + out);
        out.setLength(0);
        // print the first 20 Fibonacci numbers: a b -> b a+b
        int[] fib = {PUSH, 0, PUSH, 1, PUSH, 20, STORE, 2,
                     LOAD, 2, JZ, 27,
                     OVER, PRINT, DUP, STORE, 3, ADD, LOAD, 3, SWAP,
                     LOAD, 2, PUSH, 1, SUB, STORE, 2, JMP, 8, HALT};
        fib[11] = 30;
        int[] fixed = new int[31];
        System.arraycopy(fib, 0, fixed, 0, 31);
        // LOAD 2 PUSH 1 SUB STORE 2 JMP 8 occupies 21..29, HALT at 30
        fixed[21] = LOAD; fixed[22] = 2; fixed[23] = PUSH; fixed[24] = 1; fixed[25] = SUB; fixed[26] = STORE; fixed[27] = 2;
        fixed[28] = JMP; fixed[29] = 8; fixed[30] = HALT;
        System.out.println("steps " + run(fixed, 1_000_000) + " out " + out);
        out.setLength(0);
        // subroutine: square(x) called for 1..10
        int[] sub = {PUSH, 1, STORE, 0,
                     LOAD, 0, PUSH, 11, LT, JZ, 26,
                     LOAD, 0, CALL, 27, PRINT, LOAD, 0, PUSH, 1, ADD, STORE, 0, JMP, 4, HALT, HALT,
                     DUP, MUL, RET};
        sub[10] = 25;
        sub[14] = 27;
        System.out.println("steps " + run(sub, 1_000_000) + " out " + out);
        out.setLength(0);
        try {
            run(new int[]{PUSH, 1, 99}, 100);
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
        long total = 0;
        for (int rep = 0; rep < 30; rep++) { out.setLength(0); total += run(sumSquares, 1_000_000); }
        System.out.println("total steps " + total);
    }
}
