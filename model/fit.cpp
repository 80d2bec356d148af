#include "fit.h"

#include "observationreport.h"
#include "parametertable.h"
#include "scenarioeventrules.h"

#include <unsupported/Eigen/NonLinearOptimization>

#include <algorithm>
#include <cmath>

namespace pledgecheck {
namespace {

/// Below this a projected figure counts as this: the logarithm of 0 (jobs created in the start
/// month) or of a shrinking count is not a number. Far below any count reported.
constexpr double kProjectedFloor = 1e-6;
/// A fitted value this close to an end of its range (as a share of the range, on the scale the
/// fit moves it on) is at the edge: the data would push it further.
constexpr double kEdgeShare = 1e-4;
/// The fit starts at least this far inside the range, where the transform still has a slope.
constexpr double kStartInside = 0.01;

/// One reported figure as the fit reads it.
struct Target {
    int month = 0;
    ObservedMetric metric = ObservedMetric::Sellers;
    double logValue = 0; ///< ln of the value, or of the range's geometric midpoint sqrt(low·high)
    double weight = 1;   ///< 1, or kRangeWeight for a range
};

/// A parameter's value inside its valid range [lo, hi] from an unbounded variable u:
/// x = lo + (hi - lo) σ(u), σ the logistic function, on the value or (for a parameter whose range
/// spans orders of magnitude) on its logarithm. Every u gives a valid value, so the fit needs no
/// constraints, and the position σ(u) says how near an end the value lies.
class BoundedVariable
{
public:
    explicit BoundedVariable(const ParameterDescriptor &d)
        : m_log(d.logScale && d.minimum > 0)
        , m_lo(m_log ? std::log(d.minimum) : d.minimum)
        , m_hi(m_log ? std::log(d.maximum) : d.maximum)
    {
    }

    double valueAt(double position) const
    {
        const double x = m_lo + (m_hi - m_lo) * position;
        return m_log ? std::exp(x) : x;
    }
    double position(double value) const
    {
        const double x = m_log ? std::log(value) : value;
        return std::clamp((x - m_lo) / (m_hi - m_lo), 0.0, 1.0);
    }
    static double positionOf(double u) { return 1.0 / (1.0 + std::exp(-u)); }
    static double unbounded(double position) { return std::log(position / (1.0 - position)); }

private:
    bool m_log;
    double m_lo;
    double m_hi;
};

/// Why the fit cannot use @p o: eventrules::observationProblem(), or a jobs report in the start
/// month on the created basis, where J(0) = 0 whatever the values (its logarithm would be the
/// floor's, a residual no value moves, which would only swell the error reported).
std::optional<ModelMessage> targetProblem(const Observation &o, const Parameters &parameters)
{
    if (auto problem = eventrules::observationProblem(o, parameters))
        return problem;
    if (o.metric == ObservedMetric::Jobs && parameters.jobCountBasis() == JobCountBasis::Created
        && monthsFromStart(parameters, o.month) == 0)
        return ModelMessage(MessageId::FitJobsCreatedAtStart,
                            {nested(ModelMessage(MessageId::ReportedFigure,
                                                 {messagearg::Metric{o.metric}, messagearg::Month{o.month}}))});
    return std::nullopt;
}

std::vector<Target> targetsOf(const Observations &observations, const Parameters &parameters,
                              std::vector<ModelMessage> &warnings)
{
    std::vector<Target> targets;
    for (const Observation &o : observations) {
        if (auto problem = targetProblem(o, parameters)) {
            warnings.emplace_back(MessageId::FitLeftOut, std::vector<MessageArg>{nested(std::move(*problem))});
            continue;
        }
        Target target{monthsFromStart(parameters, o.month), o.metric, std::log(o.value), 1.0};
        if (o.low && o.high) {
            target.logValue = 0.5 * (std::log(*o.low) + std::log(*o.high)); // ln sqrt(low·high)
            target.weight = kRangeWeight;
        } else if (o.low || o.high) {
            target.weight = kRangeWeight; // one end of a range: the value, held as loosely
        }
        targets.push_back(target);
    }
    return targets;
}

/// ln projected - ln reported for each target, unweighted, at @p parameters.
void logErrors(const Parameters &parameters, const std::vector<Target> &targets, const Projector &projector,
               Projection &scratch, Eigen::VectorXd &out)
{
    projector(parameters, scratch);
    out.resize(static_cast<Eigen::Index>(targets.size()));
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const double projected = metricAt(scratch, targets[i].metric, targets[i].month);
        out(static_cast<Eigen::Index>(i)) = std::log(std::max(projected, kProjectedFloor)) - targets[i].logValue;
    }
}

/// The weighted residuals over the unbounded variables, as Eigen's Levenberg-Marquardt and its
/// numeric differentiation (NumericalDiff) call them.
struct WeightedLogResiduals {
    using Scalar = double;
    using InputType = Eigen::VectorXd;
    using ValueType = Eigen::VectorXd;
    using JacobianType = Eigen::MatrixXd;
    enum { InputsAtCompileTime = Eigen::Dynamic, ValuesAtCompileTime = Eigen::Dynamic };

    Parameters base;
    std::vector<ParameterId> ids;
    std::vector<BoundedVariable> variables;
    std::vector<Target> targets;
    const Projector *projector = nullptr;
    mutable Projection scratch;
    mutable Eigen::VectorXd errors;

    int inputs() const { return static_cast<int>(ids.size()); }
    /// At least one residual per input: MINPACK needs as many rows as columns (the rows past the
    /// observations are 0; the fit warns that it is underdetermined).
    int values() const { return std::max(static_cast<int>(targets.size()), inputs()); }

    Parameters parametersAt(const Eigen::VectorXd &u) const
    {
        Parameters p = base;
        for (std::size_t i = 0; i < ids.size(); ++i)
            p.set(ids[i], variables[i].valueAt(BoundedVariable::positionOf(u(static_cast<Eigen::Index>(i)))));
        return p;
    }

    int operator()(const Eigen::VectorXd &u, Eigen::VectorXd &residuals) const
    {
        residuals.setZero(values());
        const Parameters p = parametersAt(u);
        if (p.validate()) {
            // Values that disagree with each other (a market below the starting sellers): far
            // worse than any fit, so that the step is refused and a shorter one tried.
            residuals.head(static_cast<Eigen::Index>(targets.size())).setConstant(1e3);
            return 0;
        }
        logErrors(p, targets, *projector, scratch, errors);
        for (std::size_t i = 0; i < targets.size(); ++i)
            residuals(static_cast<Eigen::Index>(i)) = targets[i].weight * errors(static_cast<Eigen::Index>(i));
        return 0;
    }
};

/// True when moving @p id a hundredth of its range either way from its value in @p parameters
/// changes none of the fitted figures.
bool movesNothing(const Parameters &parameters, ParameterId id, const std::vector<Target> &targets,
                  const Projector &projector, Projection &scratch)
{
    const BoundedVariable variable(descriptor(id));
    const double here = variable.position(parameters[id]);
    Eigen::VectorXd atValue;
    Eigen::VectorXd moved;
    logErrors(parameters, targets, projector, scratch, atValue);
    for (const double step : {-kStartInside, kStartInside}) {
        Parameters trial = parameters;
        trial.set(id, variable.valueAt(std::clamp(here + step, 0.0, 1.0)));
        if (trial.validate())
            continue;
        logErrors(trial, targets, projector, scratch, moved);
        if ((moved - atValue).cwiseAbs().maxCoeff() > 1e-12)
            return false;
    }
    return true;
}

} // namespace

std::optional<ModelMessage> fitParametersProblem(const std::vector<ParameterId> &ids)
{
    if (ids.empty())
        return ModelMessage(MessageId::FitNoParameters);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const ParameterDescriptor &d = descriptor(ids[i]);
        if (d.kind != ParameterKind::Real)
            return ModelMessage(MessageId::FitNotRealValued, {messagearg::Parameter{ids[i]}});
        if (std::find(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(i), ids[i]) != ids.begin() + static_cast<std::ptrdiff_t>(i))
            return ModelMessage(MessageId::FitNamedTwice, {messagearg::Parameter{ids[i]}});
    }
    return std::nullopt;
}

std::optional<ModelMessage> fitProblem(const std::vector<ParameterId> &ids, const Observations &observations,
                                      const Parameters &parameters)
{
    if (auto problem = fitParametersProblem(ids))
        return problem;
    if (observations.empty())
        return ModelMessage(MessageId::FitNoObservations);
    const auto usable = [&](const Observation &o) { return !targetProblem(o, parameters); };
    if (std::any_of(observations.begin(), observations.end(), usable))
        return std::nullopt;
    // Inside the scenario but unusable: say why, rather than that none falls inside.
    for (const Observation &o : observations) {
        if (!eventrules::observationProblem(o, parameters))
            return targetProblem(o, parameters);
    }
    return ModelMessage(MessageId::FitNoObservationInside);
}

FitResult fitToObservations(const Parameters &parameters, const std::vector<ParameterId> &ids,
                            const Observations &observations, const Projector &projector)
{
    FitResult result;
    result.parameters = parameters;
    WeightedLogResiduals residuals;
    residuals.base = parameters;
    residuals.projector = &projector;
    residuals.targets = targetsOf(observations, parameters, result.warnings);
    result.observationsUsed = static_cast<int>(residuals.targets.size());

    for (const ParameterId id : ids) {
        if (movesNothing(parameters, id, residuals.targets, projector, residuals.scratch)) {
            result.warnings.emplace_back(MessageId::FitMovesNothing, std::vector<MessageArg>{
                messagearg::Parameter{id}, messagearg::Value{id, parameters[id]}});
            continue;
        }
        residuals.ids.push_back(id);
        residuals.variables.emplace_back(descriptor(id));
    }
    result.fitted = residuals.ids;
    if (result.observationsUsed < residuals.inputs())
        result.warnings.emplace_back(result.observationsUsed == 1 ? MessageId::FitFewerReportsThanParametersOne
                                                                  : MessageId::FitFewerReportsThanParametersMany,
                                     std::vector<MessageArg>{messagearg::Count{residuals.inputs()},
                                                             messagearg::Count{result.observationsUsed}});

    if (!residuals.ids.empty()) {
        Eigen::VectorXd u(residuals.inputs());
        for (std::size_t i = 0; i < residuals.ids.size(); ++i) {
            const double position = residuals.variables[i].position(parameters[residuals.ids[i]]);
            u(static_cast<Eigen::Index>(i))
                = BoundedVariable::unbounded(std::clamp(position, kStartInside, 1.0 - kStartInside));
        }
        Eigen::NumericalDiff<WeightedLogResiduals> withJacobian(residuals);
        Eigen::LevenbergMarquardt<Eigen::NumericalDiff<WeightedLogResiduals>> solver(withJacobian);
        const auto status = solver.minimize(u);
        // 1 to 4 meet a tolerance; 6 to 8 cannot improve within rounding: both a minimum.
        result.converged = status != Eigen::LevenbergMarquardtSpace::TooManyFunctionEvaluation
                           && status != Eigen::LevenbergMarquardtSpace::ImproperInputParameters;
        if (!result.converged)
            result.warnings.emplace_back(MessageId::FitNotConverged,
                                         std::vector<MessageArg>{messagearg::Count{solver.nfev}});
        result.parameters = residuals.parametersAt(u);
        for (std::size_t i = 0; i < residuals.ids.size(); ++i) {
            const double position = BoundedVariable::positionOf(u(static_cast<Eigen::Index>(i)));
            if (position < kEdgeShare || position > 1.0 - kEdgeShare) {
                const ParameterDescriptor &d = descriptor(residuals.ids[i]);
                result.warnings.emplace_back(MessageId::FitAtRangeEdge, std::vector<MessageArg>{
                    messagearg::Parameter{d.id}, messagearg::Value{d.id, result.parameters[d.id]},
                    messagearg::Range{d.id}});
            }
        }
    }

    Eigen::VectorXd errors;
    logErrors(result.parameters, residuals.targets, projector, residuals.scratch, errors);
    result.rmsLogError = errors.size() > 0 ? std::sqrt(errors.squaredNorm() / static_cast<double>(errors.size())) : 0.0;
    return result;
}

Projector scenarioProjector(const Scenario &scenario)
{
    // By value: the projector may outlive the scenario it was made from (an undo step, a dialog).
    return [events = scenario.events](const Parameters &p, Projection &out) { project(p, events, out); };
}

FitResult fitToObservations(const Parameters &parameters, const std::vector<ParameterId> &ids,
                            const Observations &observations)
{
    const Projector plain = [](const Parameters &p, Projection &out) { project(p, out); };
    return fitToObservations(parameters, ids, observations, plain);
}

} // namespace pledgecheck
