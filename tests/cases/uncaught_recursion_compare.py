class Deep:
    def __eq__(self, other):
        return self == other
print('comparing')
Deep() == Deep()
