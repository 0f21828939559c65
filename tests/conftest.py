pytest_plugins = ["tests.people"]
