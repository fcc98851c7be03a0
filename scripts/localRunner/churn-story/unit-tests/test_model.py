"""Unit tests of the example churn model (examples/churn-model/model.py): the pull request's first check."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "examples", "churn-model"))
sys.dont_write_bytecode = True  # no __pycache__ in the example folder
import model  # noqa: E402


class ChurnModelTest(unittest.TestCase):
    def test_predict_is_a_probability(self):
        for z in ([-50.0], [0.0], [50.0]):
            self.assertTrue(0.0 <= model.predict([1.0], 0.0, z) <= 1.0)

    def test_reads_json_and_csv_requests(self):
        self.assertEqual(model.parse_instances(b'{"instances": [[1, 2]]}', "application/json"), [[1.0, 2.0]])
        self.assertEqual(model.parse_instances(b"1,2\n3,4\n", "text/csv"), [[1.0, 2.0], [3.0, 4.0]])


if __name__ == "__main__":
    unittest.main()
