// samen: the app. Thin entry point; the logic lives in the Samen.Core library.
#include "ui/appmain.h"

int main(int argc, char **argv)
{
    return samen::app::appMain(argc, argv);
}
