# The Debian package: `cpack -G DEB` in a build folder, or `cmake --workflow --preset package`.
# Its version is project(VERSION); its Depends are worked out by dpkg-shlibdeps from the shared
# libraries the program links, so they follow the build rather than a list kept by hand.
set(CPACK_PACKAGE_NAME pledgecheck)
set(CPACK_PACKAGE_VENDOR "PledgeCheck")
set(CPACK_PACKAGE_CONTACT "PledgeCheck maintainers <pledgecheck@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Test a job-creation pledge against its assumptions")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop scenario modeller for job-creation pledges, first of all Jack Ma's 2017 pledge of
one million US jobs: seller growth, hiring and the wider effects against the promised million,
with Monte Carlo bands, the values the pledge would need and every default's public source.
The same program runs headless from the command line.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pledgecheck_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads its platform plugin (xcb, wayland) at run time, which dpkg-shlibdeps cannot see:
# without qt6-qpa-plugins the window cannot open on a machine that skips recommended packages.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own catalogues (qtbase_de.qm: the standard dialogs' buttons), which the window loads beside
# its own (translations/windowlanguage.cpp); without them a German window still works, in English
# buttons.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# No maintainer scripts: dpkg's file triggers (desktop-file-utils, shared-mime-info, the icon
# theme) refresh the menu, the file types and the icon caches on install and on removal.
include(CPack)
