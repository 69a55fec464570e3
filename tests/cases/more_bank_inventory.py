class InsufficientFundsError(Exception):
    def __init__(self, balance, amount):
        self.balance = balance
        self.amount = amount
        super().__init__(f"Cannot withdraw ${amount:.2f}; balance is ${balance:.2f}")

class BankAccount:
    interest_rate = 0.05
    _accounts = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.transactions = []
        BankAccount._accounts += 1
        self.number = f"ACC{BankAccount._accounts:04d}"
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"Invalid deposit amount: {amount}")
        self._balance += amount
        self.transactions.append(("D", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(self._balance, amount)
        self._balance -= amount
        self.transactions.append(("W", amount))
    def apply_interest(self):
        self._balance *= 1 + self.interest_rate
    @classmethod
    def count(cls):
        return cls._accounts
    @staticmethod
    def validate(amount):
        return isinstance(amount, (int, float)) and amount > 0
    def __str__(self):
        return f"{self.number} [{self.owner}]: ${self._balance:,.2f}"

class SavingsAccount(BankAccount):
    interest_rate = 0.1
    def withdraw(self, amount):
        if len([t for t in self.transactions if t[0] == "W"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        super().withdraw(amount)

a = BankAccount("Alice", 100)
b = SavingsAccount("Bob", 2500.5)
a.deposit(50)
a.withdraw(30.25)
print(a)
print(b)
try:
    a.withdraw(1000)
except InsufficientFundsError as e:
    print("Error:", e, e.amount, e.args)
try:
    a.deposit(-5)
except ValueError as e:
    print("Error:", e)
try:
    a.balance = -1
except ValueError as e:
    print("Error:", e)
a.balance = 10
print(a.balance, a.transactions)
b.apply_interest()
a.apply_interest()
print(b, a)
b.withdraw(1)
b.withdraw(2)
try:
    b.withdraw(3)
except RuntimeError as e:
    print("Error:", repr(e))
print(BankAccount.count(), SavingsAccount.count(), a.count())
print(BankAccount.validate(5), BankAccount.validate(-1), a.validate("5"))
try:
    a.balance2
except AttributeError as e:
    print(e)

inventory = {}
def add_item(name, qty, price):
    if name in inventory:
        inventory[name]["qty"] += qty
    else:
        inventory[name] = {"qty": qty, "price": price}
def remove_item(name, qty):
    try:
        item = inventory[name]
    except KeyError:
        print(f"No such item: {name!r}")
        return
    if item["qty"] < qty:
        print(f"Not enough {name}: have {item['qty']}, want {qty}")
        return
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]

add_item("apple", 10, 0.5)
add_item("banana", 24, 0.25)
add_item("cherry", 100, 0.1)
add_item("apple", 5, 0.5)
remove_item("banana", 30)
remove_item("durian", 1)
remove_item("cherry", 100)
print(inventory)
total = sum(v["qty"] * v["price"] for v in inventory.values())
print(f"Total value: {total:.2f}")
print(f"{'Item':<10}|{'Qty':>5}|{'Price':>8}")
print("-" * 25)
for name, v in sorted(inventory.items()):
    print(f"{name:<10}|{v['qty']:>5}|{v['price']:>8.2f}")
low = [k for k, v in inventory.items() if v["qty"] < 20]
print("low stock:", low)
