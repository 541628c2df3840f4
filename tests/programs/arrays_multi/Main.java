import java.util.Arrays;

/** Multi-dimensional arrays: multianewarray, partially specified dimensions, jagged rows, arrays of objects. */
public class Main {
    public static void main(String[] args) {
        int[][] grid = new int[4][5];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) grid[r][c] = r * 10 + c;
        for (int[] row : grid) System.out.println(Arrays.toString(row));
        long[][][] cube = new long[3][4][5];
        long sum = 0;
        for (int x = 0; x < 3; x++) for (int y = 0; y < 4; y++) for (int z = 0; z < 5; z++) cube[x][y][z] = (long) x * 100 + y * 10 + z;
        for (long[][] plane : cube) for (long[] line : plane) for (long v : line) sum += v;
        System.out.println("cube sum = " + sum + " dims " + cube.length + "x" + cube[0].length + "x" + cube[0][0].length);
        double[][] partial = new double[3][];
        System.out.println("partial rows null: " + (partial[0] == null));
        for (int r = 0; r < 3; r++) {
            partial[r] = new double[r + 1];
            for (int c = 0; c <= r; c++) partial[r][c] = 1.0 / (r + c + 1);
        }
        System.out.println(Arrays.toString(partial[0]) + Arrays.toString(partial[1]) + Arrays.toString(partial[2]));
        int[][] pascal = new int[12][];
        for (int n = 0; n < pascal.length; n++) {
            pascal[n] = new int[n + 1];
            pascal[n][0] = pascal[n][n] = 1;
            for (int k = 1; k < n; k++) pascal[n][k] = pascal[n - 1][k - 1] + pascal[n - 1][k];
        }
        System.out.println("pascal row 11: " + Arrays.toString(pascal[11]));
        String[][] names = {{"a", "b"}, {"c"}, {}, {null, "e"}};
        StringBuilder sb = new StringBuilder();
        for (String[] row : names) sb.append(row.length).append(Arrays.toString(row));
        System.out.println("strings: " + sb);
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X'; board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        Object[] mixed = {new int[]{1, 2}, new String[]{"x"}, new int[0][0], "plain"};
        for (Object o : mixed) System.out.print(o.getClass().getName() + " ");
        System.out.println();
        int[][] m = new int[2][3];
        int[][] mc = m.clone();               // shallow: rows shared
        mc[0][0] = 5;
        mc[1] = new int[]{9};
        System.out.println("shallow clone: " + m[0][0] + " " + m[1].length + " " + mc[1].length);
        boolean[][][][] four = new boolean[2][2][2][2];
        four[1][1][1][1] = true;
        System.out.println("4D: " + four[1][1][1][1] + four[0][1][1][1] + " " + four.getClass().getName());
        byte[][] zeroRows = new byte[0][10];
        System.out.println("zero rows: " + zeroRows.length);
    }
}
