#include "MetaTypes.h"

#include "Logging.h"

#include <QList>

namespace hsm {

void registerMetaTypes() {
    qRegisterMetaType<hsm::Error>("hsm::Error");
    qRegisterMetaType<hsm::ModuleInfo>("hsm::ModuleInfo");
    qRegisterMetaType<hsm::TokenInfo>("hsm::TokenInfo");
    qRegisterMetaType<hsm::SlotInfo>("hsm::SlotInfo");
    qRegisterMetaType<hsm::MechanismInfo>("hsm::MechanismInfo");
    qRegisterMetaType<hsm::ObjectSummary>("hsm::ObjectSummary");
    qRegisterMetaType<hsm::AttributeValue>("hsm::AttributeValue");
    qRegisterMetaType<hsm::CallRecord>("hsm::CallRecord");
    qRegisterMetaType<hsm::LogLine>("hsm::LogLine");
    qRegisterMetaType<QList<hsm::SlotInfo>>("QList<hsm::SlotInfo>");
    qRegisterMetaType<QList<hsm::MechanismInfo>>("QList<hsm::MechanismInfo>");
    qRegisterMetaType<QList<hsm::ObjectSummary>>("QList<hsm::ObjectSummary>");
    qRegisterMetaType<QList<hsm::AttributeValue>>("QList<hsm::AttributeValue>");
    // Signal signatures spell the PKCS#11 typedefs; queued connections look them up by that name.
    qRegisterMetaType<CK_SLOT_ID>("CK_SLOT_ID");
    qRegisterMetaType<CK_OBJECT_HANDLE>("CK_OBJECT_HANDLE");
    qRegisterMetaType<CK_ULONG>("CK_ULONG");
}

} // namespace hsm
