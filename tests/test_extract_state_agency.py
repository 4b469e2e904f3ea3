"""extract_events on shapes of state news agency copy that unseen sentences showed:
credentials presented to and accepted by a head of state, congratulations sent as cables
and messages, and received from a sender, and the subject of a participle after a comma.

Every sentence here was written for accordlib (real states, invented events); each
expected value was decided by reading the sentence.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_cases import Case, check

#: An envoy presenting credentials meets the host; a head of state accepting or receiving
#: them meets the sending state, named after "from" or "of".
CREDENTIALS = [
    Case("The new ambassador of Chile presented his credentials to the President of Ghana on Monday.", "MEET", ("new ambassador of Chile",), ("President of Ghana",)),
    Case("The President of Ghana accepted credentials from the new ambassador of Peru.", "MEET", ("President of Ghana",), ("new ambassador of Peru",)),
    Case("The King of Jordan received the credentials of the new ambassador of Chile.", "MEET", ("King of Jordan",), ("new ambassador of Chile",)),
]  # fmt: skip

#: Congratulations to a party praise it; a congratulatory message from (or of) a sender is
#: the sender's praise of the receiver.
CONGRATULATIONS = [
    Case("The Emir of Qatar conveyed his congratulations to the King of Jordan.", "PRAISE", ("Emir of Qatar",), ("King of Jordan",)),
    Case("The King of Jordan received a congratulatory cable from the Emir of Qatar.", "PRAISE", ("Emir of Qatar",), ("King of Jordan",)),
    Case("The King of Jordan received the congratulatory message of the Emir of Qatar.", "PRAISE", ("Emir of Qatar",), ("King of Jordan",)),
    Case("The President of Ghana congratulated the King of Jordan on the anniversary of his accession.", "PRAISE", ("President of Ghana",), ("King of Jordan",)),
    Case("Ghana congratulated Togo on its national day.", "PRAISE", ("Ghana",), ("Togo",)),
]  # fmt: skip

#: A participle after a comma shares the main clause's subject, not the object of its
#: verb ("wrote to Y, praising him": the writer praises); "him" as its object is the
#: person named last before it.
PARTICIPLES = [
    Case("The Emir of Qatar wrote to the King of Jordan, praising him for his efforts.", "PRAISE", ("Emir of Qatar",), ("King of Jordan",)),
    Case("Peru sent a note to the Chilean embassy, condemning the arrest by Chile.", "CRITICIZE", ("Peru",), ("Chile",)),
    Case("Ghana sent a letter to the President of Togo, congratulating him on the anniversary of independence.", "PRAISE", ("Ghana",), ("President of Togo",)),
]  # fmt: skip


@pytest.mark.parametrize(
    "case", CREDENTIALS + CONGRATULATIONS + PARTICIPLES, ids=lambda case: case.text[:48]
)
def test_state_agency_shapes(case: Case) -> None:
    check(case)
