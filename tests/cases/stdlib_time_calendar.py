import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t[0], len(t), t.tm_zone)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t))
print(time.strftime("%d/%m/%y", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
lt = time.localtime(0)
print(type(lt).__name__, time.mktime(time.localtime(1234567890)), time.altzone <= time.timezone)
print(time.ctime(0) == time.asctime(time.localtime(0)), isinstance(time.time(), float), time.localtime().tm_year > 2000)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError", e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError", e)
