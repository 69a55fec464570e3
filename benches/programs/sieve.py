# Sieve of Eratosthenes on a list of bools, repeated several times.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = False
                j += i
        i += 1
    return is_prime


def summarize(is_prime):
    count = 0
    total = 0
    last = 0
    for n in range(len(is_prime)):
        if is_prime[n]:
            count += 1
            total += n
            last = n
    return count, total, last


def main():
    limit = 1000000
    rounds = 7
    checksum = 0
    for r in range(rounds):
        n = limit - 1000 * r
        count, total, last = summarize(sieve(n))
        checksum = (checksum * 1000003 + count + total + last) % 1000000007
        print("primes up to", n, "count", count, "sum", total, "largest", last)
    print("checksum", checksum)


main()
