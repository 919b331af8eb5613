teSearchFile("terms/66-65-77",[["few",[1,1,18],[]]]);
