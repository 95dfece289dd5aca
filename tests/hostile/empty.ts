// expect: failed
