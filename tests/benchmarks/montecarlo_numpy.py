#!/usr/bin/env python3
"""The yardstick for the Monte Carlo engine: the same computation written plainly with NumPy, as an
analyst would (vectorised over draws, np.percentile per month).

Same inputs as BM_MonteCarloWarm in modelbenchmark.cpp: the central estimate's parameters, six
uncertain inputs, 61 months, the 5/10/25/50/75/90/95th percentiles of jobs and sellers per month and
the probability of meeting the pledge. Run with Debian's NumPy (apt-get install python3-numpy):

    /usr/bin/python3 tests/benchmarks/montecarlo_numpy.py 10000 100000

Prints the median of several timed runs per sample count, in milliseconds.
"""
import sys
import time

import numpy as np

LEVELS = [5, 10, 25, 50, 75, 90, 95]


def truncated(values, low, high):
    return np.clip(values, low, high)


def draws(rng, n):
    growth = rng.triangular(0.1, 0.36, 0.8, n)
    churn = rng.uniform(0.08, 0.2, n)
    sigma = np.log(2.0) / 1.2815515655446004
    hires = truncated(np.exp(rng.normal(0.0, sigma, n)), 0, 100)  # lognormal(median 1, p90 2)
    side = rng.uniform(0.7, 0.9, n)
    service = truncated(rng.normal(300, 150, n), 0, 1000)
    displaced = rng.triangular(0, 0.25, 0.6, n)
    return growth, churn, hires, side, service, displaced


def run(n, seed=20170109):
    rng = np.random.default_rng(seed)
    growth, churn, hires, side, service, displaced = draws(rng, n)
    s0, target, months = 7000.0, 1e6, 61
    net = (1 + growth) * (1 - churn) - 1
    t = np.arange(months)[:, None] / 12.0
    sellers = s0 * (1 + net)[None, :] ** t                       # months x draws
    jobs = (hires * (1 - side) * sellers + service / 1000 * sellers) * (1 - displaced)
    jobs_bands = np.percentile(jobs, LEVELS, axis=1)
    sellers_bands = np.percentile(sellers, LEVELS, axis=1)
    probability = np.mean((jobs >= target * (1 - 1e-9)).any(axis=0))
    return jobs_bands, sellers_bands, probability


def main():
    counts = [int(a) for a in sys.argv[1:]] or [10000, 100000]
    for n in counts:
        run(n)  # warm up
        times = []
        for _ in range(5):
            start = time.perf_counter()
            run(n)
            times.append(1e3 * (time.perf_counter() - start))
        times.sort()
        print(f"numpy_montecarlo/{n}: median {times[len(times) // 2]:.1f} ms "
              f"(min {times[0]:.1f}, max {times[-1]:.1f})")


if __name__ == "__main__":
    main()
