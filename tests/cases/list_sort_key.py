l = [5, 2, 9, 1, 5, 6, -3, 0]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
words.sort(key=lambda w: w[-1]); print(words)
pts = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pts.sort(); print(pts)
pts.sort(key=lambda p: p[1]); print(pts)
print(sorted([3.5, 1, 2**70, -1.5, 0]))
r = [4, 2, 3].sort()
print(r)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError:', e)
nums = list(range(20, 0, -3))
nums.sort(key=lambda n: n % 4)
print(nums)
