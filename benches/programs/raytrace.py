# A small ray tracer: spheres with diffuse shading, hard shadows and
# reflections. Exercises classes, operator overloading, method calls and float
# math. Prints checksums of the rendered 8-bit pixel values.

from math import sqrt

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def mul(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflectivity):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflectivity = reflectivity

    def intersect(self, ray):
        """Distance along `ray` to the nearest hit in front of its origin, or None."""
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Light:
    def __init__(self, position, intensity):
        self.position = position
        self.intensity = intensity


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest_hit(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_t, best_obj

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def background(self, direction):
        k = 0.5 * (direction.y + 1.0)
        return Vector(1.0, 1.0, 1.0) * (1.0 - k) + Vector(0.5, 0.7, 1.0) * k

    def trace(self, ray, depth):
        t, obj = self.nearest_hit(ray)
        if obj is None:
            return self.background(ray.direction)
        point = ray.at(t)
        normal = obj.normal_at(point)
        light_sum = self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                light_sum = light_sum + light.intensity * lambert
        color = obj.color.mul(light_sum)
        if depth < MAX_DEPTH and obj.reflectivity > 0.0:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            bounce = self.trace(Ray(point, reflected), depth + 1)
            color = color * (1.0 - obj.reflectivity) + bounce * obj.reflectivity
        return color


def to_byte(value):
    if value <= 0.0:
        return 0
    if value >= 1.0:
        return 255
    return int(value * 255.0)


def build_scene():
    objects = [
        Sphere(Vector(0.0, -1000.5, 3.0), 1000.0, Vector(0.8, 0.8, 0.7), 0.2),
        Sphere(Vector(0.0, 0.0, 3.0), 0.5, Vector(0.9, 0.2, 0.2), 0.3),
        Sphere(Vector(-1.1, 0.0, 3.6), 0.5, Vector(0.2, 0.9, 0.3), 0.1),
        Sphere(Vector(1.1, 0.1, 2.8), 0.6, Vector(0.3, 0.4, 0.9), 0.5),
        Sphere(Vector(0.4, -0.3, 2.0), 0.2, Vector(0.9, 0.9, 0.2), 0.0),
    ]
    lights = [
        Light(Vector(-3.0, 4.0, -1.0), Vector(0.7, 0.7, 0.7)),
        Light(Vector(3.0, 2.0, 0.0), Vector(0.3, 0.3, 0.4)),
    ]
    return Scene(objects, lights, Vector(0.1, 0.1, 0.1))


def render(scene, width, height):
    eye = Vector(0.0, 0.3, -1.0)
    aspect = width / height
    pixels = []
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            direction = Vector(x, y - 0.3, 1.5).normalized()
            c = scene.trace(Ray(eye, direction), 0)
            pixels.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
    return pixels


def main():
    width = 256
    height = 192
    pixels = render(build_scene(), width, height)
    total = 0
    digest = 0
    for r, g, b in pixels:
        total += r + g + b
        digest = (digest * 257 + r * 65536 + g * 256 + b) % 2147483647
    print("image", width, "x", height)
    print("sum", total)
    print("digest", digest)


main()
