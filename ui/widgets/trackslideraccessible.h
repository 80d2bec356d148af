#pragma once

namespace pledgecheck {

/// Installs, once, the QAccessible factory that gives a TrackSlider its own interface: its Value
/// text is the parameter's value with its unit ("36 % per year", "1 worker") and its
/// QAccessibleValueInterface reports the value, the track's ends and step in the shown unit (36,
/// 0 to 200, 1), not the slider's integer positions. Setting a value through it moves the thumb
/// to that value's position, as a key press would.
void installTrackSliderAccessibility();

} // namespace pledgecheck
