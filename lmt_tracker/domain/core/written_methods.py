"""Every written-ahead record method, by ``module.qualname`` (``frozen`` reads it).

Written by ``tools/make_record_methods.py``: do not edit.
"""

from lmt_tracker.domain.core import (
    judgement_methods,
    judgement_methods_2,
    records_methods,
    records_methods_2,
    rules_methods,
    rules_methods_2,
)

INITS = {
    **judgement_methods.INITS,
    **judgement_methods_2.INITS,
    **records_methods.INITS,
    **records_methods_2.INITS,
    **rules_methods.INITS,
    **rules_methods_2.INITS,
}
