teSearchFile("terms/f-1590e8a1",[["~org:te-embassy-of-the-peoples-republic-of-poland-in-pyongyang",[1,1,2],[]]]);
