// samen-service: the case service. Thin entry point; the logic lives in samen_service_lib.
#include "runtime/servicemain.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("samen-service"));
    return samen::service::serviceMain(app);
}
