class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance {account.balance}')
        self.amount = amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def __repr__(self):
        return f'Account#{self.id}({self.owner!r}, {self.balance})'
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        return self.deposit(interest)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed:', e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print('transfer attempted', src.owner, '->', dst.owner, amount)
a = Account('alice', 100)
b = Savings('bob', 50, rate=0.1)
print(a, b)
print(transfer(a, b, 30), a, b)
print(transfer(b, a, 500), a, b)
b.add_interest()
print(b, b.history)
try:
    a.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
a.deposit(1).deposit(2).withdraw(3)
print(a.history, isinstance(b, Account), type(b).__name__)
accounts = [a, b, Account('carol', 75)]
print(sorted(accounts, key=lambda acc: acc.balance))
print(sum(acc.balance for acc in accounts))
