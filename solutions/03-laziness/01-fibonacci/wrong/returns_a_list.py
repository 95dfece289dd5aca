# Builds a list of the first hundred numbers instead of an endless generator.
def fibonacci(count=100):
    numbers = [0, 1]
    while len(numbers) < count:
        numbers.append(numbers[-2] + numbers[-1])
    return numbers
