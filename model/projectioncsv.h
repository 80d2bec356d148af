#pragma once

#include "parameters.h"
#include "projection.h"

#include <string>

namespace pledgecheck {

/// The monthly series as CSV (RFC 4180, '.' decimals, full precision) for spreadsheets: a header
/// row "month,sellers,hiring_sellers,direct_jobs,service_jobs,jobs,export_supported_jobs,jobs_linked,
/// jobs_created", then one row per month t = 0 ... 12·H, the month written "YYYY-MM". "jobs" is J on
/// the scenario's job_count_basis; the last two give both bases whatever it is.
std::string projectionCsv(const Parameters &parameters, const Projection &projection);

} // namespace pledgecheck
