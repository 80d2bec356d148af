#pragma once

#include "modelmessage.h"

#include <QString>

namespace pledgecheck {

/// A model's message as the window shows it: its template from the catalogue's "ModelMessage"
/// context, parameters by their labels, values and months in the locale's format ("Jährliches
/// Wachstum = 2.000 % ist ungültig ..."). The command line keeps ModelMessage::text().
QString messageText(const ModelMessage &message);

} // namespace pledgecheck
