class Fancy(Exception):
    def __str__(self):
        return 'fancy message'
raise Fancy()
