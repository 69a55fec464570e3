# N-queens: count all placements of n non-attacking queens by backtracking,
# tracking occupied columns and diagonals in lists of bools.


def solve(row, n, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if not cols[col] and not diag1[d1] and not diag2[d2]:
            cols[col] = True
            diag1[d1] = True
            diag2[d2] = True
            count += solve(row + 1, n, cols, diag1, diag2)
            cols[col] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def queens(n):
    return solve(0, n, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


def main():
    total = 0
    for n in range(4, 13):
        solutions = queens(n)
        total += solutions
        print("queens(%d) = %d" % (n, solutions))
    print("total", total)


main()
