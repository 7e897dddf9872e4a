import QtQuick
import QtTest
import Samen
import Samen.Core
import Samen.Testing

// Issue 15 in the app: the "Take your plan with you" section of the My data page, on Robin's
// demo plan in a real encrypted store. The buttons have names for screen readers and work by
// keyboard (the save dialog opens); the plan is saved as a FHIR Bundle file and the banner
// says so in words; on a device with a plan nothing offers to bring back a plan (it would
// replace this one): the section says plainly where that is done.
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
        verify(exportButton);
        compare(exportButton.Accessible.name, "Save my plan as a file");
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

    function test_onAPhoneThePlanGoesToAnotherAppThroughTheDocumentsFolderAndTheBannerSaysWhere() {
        const wide = createTemporaryObject(sectionComponent, testCase);
        waitForRendering(wide);
        verify(!findChild(wide, "fhirSendButton").visible, "on a wide screen the save dialog is the way");
        const section = createTemporaryObject(sectionComponent, testCase, { phone: true, width: 390 });
        waitForRendering(section);
        const folder = TestStore.temporaryFileUrl("documents").toString().replace("file://", "");
        section.controller.shareFolder = folder;
        TestStore.catchOpenedFiles();
        const send = findChild(section, "fhirSendButton");
        verify(send.visible);
        compare(send.Accessible.name, "Send my plan to another app");
        verify(send.Accessible.description.length > 0);
        send.forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(section.controller.error, "");
        const name = section.controller.suggestedName;
        const file = folder + "/" + name;
        compare(TestStore.openedPath(), folder, "the folder is handed to the desktop's file manager");
        compare(TestStore.permissionsOf(file), "rw-------", "only its owner may read the file");
        compare(JSON.parse(TestStore.readFile("file://" + file)).resourceType, "Bundle");
        const banner = findChild(section, "fhirStatus");
        verify(banner.visible);
        verify(banner.text.indexOf(name) >= 0, banner.text);
        verify(banner.text.indexOf(folder) >= 0, banner.text);
        verify(banner.text.indexOf("send the file with the app you choose") >= 0, banner.text);
        // A second time: a new file beside the first, never over it.
        keyClick(Qt.Key_Space);
        compare(section.controller.error, "");
        const second = name.replace(".json", "-2.json");
        verify(section.controller.status.indexOf(second) >= 0, section.controller.status);
        compare(TestStore.permissionsOf(folder + "/" + second), "rw-------");
    }

    function test_saysWhereAPlanIsBroughtBackAndOffersNoImportHere() {
        const section = createTemporaryObject(sectionComponent, testCase);
        waitForRendering(section);
        verify(!findChild(section, "fhirImportButton"), "no button that would replace the plan on this device");
        const note = findChild(section, "fhirImportNote");
        verify(note && note.visible);
        verify(note.text.indexOf("a device without a plan") >= 0, note.text);
        verify(note.text.indexOf("I have a file of my plan") >= 0, note.text);
    }
}
