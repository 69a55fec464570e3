# Fannkuch-redux: for every permutation of 0..n-1, count the prefix reversals
# ("pancake flips") needed until 0 is at the front. Prints the alternating-sign
# checksum and the maximum number of flips.


def count_flips(perm):
    flips = 0
    k = perm[0]
    while k:
        i = 0
        j = k
        while i < j:
            perm[i], perm[j] = perm[j], perm[i]
            i += 1
            j -= 1
        flips += 1
        k = perm[0]
    return flips


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0]:
            flips = count_flips(perm1[:])
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        sign = -sign
        # Advance to the next permutation (rotate the first r + 1 elements).
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    for n in (7, 8, 9):
        checksum, max_flips = fannkuch(n)
        print(checksum)
        print("Pfannkuchen(%d) = %d" % (n, max_flips))


main()
