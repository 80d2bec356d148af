#pragma once

/// Marks a function with a hot loop to be compiled three times, for plain x86-64 (SSE2), AVX2
/// (x86-64-v3) and AVX-512 (x86-64-v4); the loader picks the best the processor runs. The results
/// are the same bits on each: the model is built with -ffp-contract=off, so no clone fuses a
/// multiply and an add the others round twice. Elsewhere, a plain function.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define PLEDGECHECK_SIMD_CLONES                                                                    \
    __attribute__((target_clones("default", "arch=x86-64-v3", "arch=x86-64-v4")))
#else
#define PLEDGECHECK_SIMD_CLONES
#endif
