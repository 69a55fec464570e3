# Range loops compiled for a step of 1 (range(n), range(a, b)) next to loops
# with other steps, in the same function (iterator registers are reused),
# entered by OSR while running, and with steps that change between calls.


def mixed_steps(n, step):
    total = 0
    for i in range(n):
        total += i
    for i in range(0, n, step):
        total += i * 2
    for i in range(3, n):
        total -= i
    for i in range(n, 0, -step):
        total += i % 7
    return total


def osr_loops(n):
    # Long loops called once: OSR enters them while the interpreter's
    # iterator is live (the unit-step loop guards the step it takes over).
    acc = 0
    for i in range(n):
        acc += i & 3
    a = acc
    acc = 0
    for i in range(0, 3 * n, 3):
        acc += i & 5
    b = acc
    acc = 0
    for i in range(3 * n, 0, -2):
        acc += i & 7
    return a, b, acc


def main():
    print("osr", osr_loops(200000))
    for step in (1, 2, 5, 1, 3):
        print("mixed", step, [mixed_steps(n, step) for n in (0, 1, 7, 50)])
    # The same loop body with the step varying from call to call.
    out = []
    for k in range(400):
        s = 0
        for j in range(k % 5, 40, k % 3 + 1):
            s += j
        out.append(s)
    print(sum(out), out[:12])
    # Empty and single-step ranges, negative bounds.
    print([i for i in range(-5, -1)], [i for i in range(5, 5)], [i for i in range(-3, 3, 2)])


main()
