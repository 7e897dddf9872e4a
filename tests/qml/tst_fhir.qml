import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Issue 15 in the app: the "Take your plan with you" section of the My data page, on Robin's
// demo plan in a real encrypted store. The buttons have names for screen readers and work by
// keyboard (the save dialog opens); the plan is saved as a FHIR Bundle file and the banner
// says so in words; a file cannot be brought back onto a device that already has a plan, and
// a file that is not a plan gets its reason; the open plan never changes.
TestCase {
    id: testCase

    name: "Fhir"
    width: 900
    height: 700
    when: windowShown
    visible: true

    Component {
        id: sectionComponent

        FhirSection {
            width: testCase.width
        }
    }

    function initTestCase() {
        verify(Session.createDemoPlan("fhir-qml-1"), Session.error);
    }

    function test_buttonsAreNamedAndOpenTheSaveDialogByKeyboard() {
        const section = createTemporaryObject(sectionComponent, testCase);
        waitForRendering(section);
        const exportButton = findChild(section, "fhirExportButton");
        const importButton = findChild(section, "fhirImportButton");
        verify(exportButton && importButton);
        compare(exportButton.Accessible.name, "Save my plan as a file");
        compare(importButton.Accessible.name, "Bring back a plan from a file");
        exportButton.forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryVerify(() => section.saveDialog.visible);
        verify(String(section.saveDialog.selectedFile).endsWith(section.controller.suggestedName));
        section.saveDialog.reject();
        tryVerify(() => !section.saveDialog.visible);
    }

    function test_savesThePlanAsAFhirBundleAndSaysSo() {
        const section = createTemporaryObject(sectionComponent, testCase);
        const file = TestStore.temporaryFileUrl("robin.json");
        verify(section.controller.exportTo(file), section.controller.error);
        verify(section.controller.status.indexOf("robin.json") >= 0, section.controller.status);
        compare(section.controller.error, "");
        const banner = findChild(section, "fhirStatus");
        verify(banner.visible);
        compare(banner.text, section.controller.status);
        const bundle = JSON.parse(TestStore.readFile(file));
        compare(bundle.resourceType, "Bundle");
        compare(bundle.type, "collection");
        const carePlans = bundle.entry.filter(e => e.resource.resourceType === "CarePlan");
        compare(carePlans.length, 1);
        compare(carePlans[0].resource.title, Session.plan.name);
    }

    function test_importIsRefusedWithReasonsAndThePlanStays() {
        const section = createTemporaryObject(sectionComponent, testCase);
        const name = Session.plan.name;
        const file = TestStore.temporaryFileUrl("again.json");
        verify(section.controller.exportTo(file));
        verify(!section.controller.importFrom(file));
        verify(section.controller.error.indexOf("already has your plan") >= 0, section.controller.error);
        compare(section.controller.status, "");
        verify(!section.controller.importFrom(TestStore.temporaryFileUrl("missing.json")));
        verify(section.controller.error.length > 0);
        verify(!section.controller.importFrom(Qt.resolvedUrl("tst_fhir.qml")));
        verify(section.controller.error.indexOf("Samen cannot import this file") >= 0, section.controller.error);
        compare(Session.plan.name, name);
    }
}
