// Lists the fixture projects (folders of fixtures/ that hold an API tree), shared by the golden updater and the demo.
const fs = require('node:fs');
const path = require('node:path');

const fixturesDir = path.join(__dirname, '..', 'fixtures');

/** Absolute paths of fixture projects: folders of fixtures/ with an `apis/` folder, sorted by name. */
function fixtureProjects() {
  return fs
    .readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(fixturesDir, d.name, 'apis')))
    .map((d) => path.join(fixturesDir, d.name))
    .sort();
}

module.exports = { fixturesDir, fixtureProjects };
