#include "testfit.h"

#include "ui/fitcheck.h"

QStringList TestFit::problems(QQuickItem *root) const
{
    return samen::app::FitCheck::problems(root);
}

bool TestFit::moving(QQuickItem *root) const
{
    return samen::app::FitCheck::moving(root);
}
