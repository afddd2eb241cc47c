// The attendance bench page: the app's CSS, and the two measurements for bench/attendance.ts to call.
import '../../src/styles/app.css';
import type { AttendanceBench } from './AttendanceBench.ts';
import { completeToQueued } from './completeToQueued.ts';
import { formStepRender } from './formStepRender.tsx';

declare global {
  interface Window {
    balcaoAttendanceBench?: AttendanceBench;
  }
}

window.balcaoAttendanceBench = { completeToQueued, formStepRender };
document.documentElement.dataset.ready = 'bench';
