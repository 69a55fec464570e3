# Richards: Martin Richards' operating-system scheduler simulation. Tasks
# (idle, worker, two handlers, two devices) exchange packets through a
# priority scheduler; exercises classes, attribute access and method calls.

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUMBER_OF_IDS = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4

STATE_RUNNING = 0
STATE_RUNNABLE = 1
STATE_SUSPENDED = 2
STATE_HELD = 4
STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE
STATE_NOT_HELD = ~STATE_HELD


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def append_to(self, queue):
        """Append this packet to the end of `queue`; return the new queue head."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class TaskControlBlock:
    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = STATE_SUSPENDED if queue is None else STATE_SUSPENDED_RUNNABLE

    def set_running(self):
        self.state = STATE_RUNNING

    def mark_not_held(self):
        self.state &= STATE_NOT_HELD

    def mark_held(self):
        self.state |= STATE_HELD

    def mark_suspended(self):
        self.state |= STATE_SUSPENDED

    def mark_runnable(self):
        self.state |= STATE_RUNNABLE

    def is_held_or_suspended(self):
        return (self.state & STATE_HELD) != 0 or self.state == STATE_SUSPENDED

    def run(self):
        if self.state == STATE_SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = STATE_RUNNING if self.queue is None else STATE_RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def check_priority_add(self, task, packet):
        if self.queue is None:
            self.queue = packet
            self.mark_runnable()
            if self.priority > task.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return task


class IdleTask:
    def __init__(self, scheduler, v1, count):
        self.scheduler = scheduler
        self.v1 = v1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return self.scheduler.release(ID_DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class DeviceTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            pending = self.pending
            self.pending = None
            return self.scheduler.queue(pending)
        self.pending = packet
        return self.scheduler.hold_current()


class WorkerTask:
    def __init__(self, scheduler, destination, counter):
        self.scheduler = scheduler
        self.destination = destination
        self.counter = counter

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.a2[i] = self.counter
        return self.scheduler.queue(packet)


class HandlerTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.a1
            if count < DATA_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.a1 = work.a2[count]
                    work.a1 = count + 1
                    return self.scheduler.queue(device)
            else:
                self.work = work.link
                return self.scheduler.queue(work)
        return self.scheduler.suspend_current()


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = [None] * NUMBER_OF_IDS
        self.task_list = None
        self.current = None
        self.current_id = 0

    def add_task(self, ident, priority, queue, task):
        self.current = TaskControlBlock(self.task_list, ident, priority, queue, task)
        self.task_list = self.current
        self.blocks[ident] = self.current

    def add_idle_task(self, ident, priority, queue, count):
        self.add_task(ident, priority, queue, IdleTask(self, 1, count))
        self.current.set_running()

    def add_worker_task(self, ident, priority, queue):
        self.add_task(ident, priority, queue, WorkerTask(self, ID_HANDLER_A, 0))

    def add_handler_task(self, ident, priority, queue):
        self.add_task(ident, priority, queue, HandlerTask(self))

    def add_device_task(self, ident, priority, queue):
        self.add_task(ident, priority, queue, DeviceTask(self))

    def schedule(self):
        tcb = self.task_list
        while tcb is not None:
            if tcb.is_held_or_suspended():
                tcb = tcb.link
            else:
                self.current = tcb
                self.current_id = tcb.ident
                tcb = tcb.run()

    def release(self, ident):
        tcb = self.blocks[ident]
        if tcb is None:
            return tcb
        tcb.mark_not_held()
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.mark_held()
        return self.current.link

    def suspend_current(self):
        self.current.mark_suspended()
        return self.current

    def queue(self, packet):
        tcb = self.blocks[packet.ident]
        if tcb is None:
            return tcb
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return tcb.check_priority_add(self.current, packet)


def run_richards(count):
    sched = Scheduler()
    sched.add_idle_task(ID_IDLE, 0, None, count)

    queue = Packet(None, ID_WORKER, KIND_WORK)
    queue = Packet(queue, ID_WORKER, KIND_WORK)
    sched.add_worker_task(ID_WORKER, 1000, queue)

    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    sched.add_handler_task(ID_HANDLER_A, 2000, queue)

    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    sched.add_handler_task(ID_HANDLER_B, 3000, queue)

    sched.add_device_task(ID_DEVICE_A, 4000, None)
    sched.add_device_task(ID_DEVICE_B, 5000, None)

    sched.schedule()
    return sched.queue_count, sched.hold_count


def main():
    iterations = 20
    ok = 0
    for _ in range(iterations):
        queue_count, hold_count = run_richards(10000)
        if queue_count == 23246 and hold_count == 9297:
            ok += 1
    print("queue_count", queue_count, "hold_count", hold_count)
    print("valid runs", ok, "of", iterations)


main()
