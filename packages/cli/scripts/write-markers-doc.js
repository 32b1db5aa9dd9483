#!/usr/bin/env node
// Writes docs/markers.md from the marker registry (`kubegen markers --markdown`); run after `npm run build`.
const fs = require('node:fs');
const path = require('node:path');
const { defaultMarkerRegistry } = require('@kubegen/markers');
const { markersText } = require('../dist/markers-command.js');
const target = path.join(__dirname, '..', '..', '..', 'docs', 'markers.md');
fs.writeFileSync(target, markersText(defaultMarkerRegistry().all(), true));
