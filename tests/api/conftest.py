# Views are buffered and flushed by hand, in a content version of the test's own
# (takedowns touch it), as in the readership tests.
from tests.readership.conftest import fresh_buffer  # noqa: F401
