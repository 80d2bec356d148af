#pragma once

#include "modelmessage.h"

#include <QString>

namespace pledgecheck {

/// A model's message as the window shows it: its template from the catalogue's "ModelMessage"
/// context, parameters by their labels, values and months in the locale's format ("Jährliches
/// Wachstum = 2.000 % ist ungültig ..."). The command line keeps ModelMessage::text().
QString messageText(const ModelMessage &message);

/// One argument of a message in the window's words: a term translated, a system's reason such as
/// "No space left on device" in the window's language where the catalogue has it.
QString messageArgText(const MessageArg &arg);

} // namespace pledgecheck
