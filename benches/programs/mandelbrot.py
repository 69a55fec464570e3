# Mandelbrot set: iteration counts over a grid of complex points, using plain
# float arithmetic (no complex type). Prints checksums rather than a bitmap.

MAX_ITER = 200


def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    i = 0
    while i < max_iter:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return max_iter


def mandelbrot(width, height, max_iter):
    total = 0
    inside = 0
    row_hash = 0
    for y in range(height):
        ci = 2.0 * y / height - 1.0
        row = 0
        for x in range(width):
            cr = 3.0 * x / width - 2.0
            n = escape_time(cr, ci, max_iter)
            row += n
            if n == max_iter:
                inside += 1
        total += row
        row_hash = (row_hash * 31 + row) % 1000000007
    return total, inside, row_hash


def main():
    size = 400
    total, inside, row_hash = mandelbrot(size, size, MAX_ITER)
    print("grid", size, "x", size, "max_iter", MAX_ITER)
    print("iterations", total)
    print("inside", inside)
    print("row_hash", row_hash)


main()
