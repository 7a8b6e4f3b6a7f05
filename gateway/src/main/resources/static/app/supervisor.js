// The screens of supervisors, units, ops and admin, one module each; app.js reaches them through this one name.
import { knowledge } from './knowledge.js';
import { directory } from './directory.js';
import { escalationBoard, unitEscalations } from './escalations.js';
import { reports } from './reports.js';
import { users, audit } from './admin.js';

export const SupervisorScreens = { knowledge, directory, escalationBoard, unitEscalations, reports, users, audit };
