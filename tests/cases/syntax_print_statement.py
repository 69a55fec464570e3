print("hi")
print "old style"
