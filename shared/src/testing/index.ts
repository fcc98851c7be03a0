// Test doubles for the ports every action takes: a clock that moves only when told and a logger that
// keeps its lines. Imported as '@modelship/shared/testing', never from the production index, so no
// action bundle carries them.
export { FakeClock } from './fakeClock';
export { RecordingLogger } from './recordingLogger';
