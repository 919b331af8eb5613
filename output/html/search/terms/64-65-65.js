teSearchFile("terms/64-65-65",[["deeply",[1,2,14,22],[]]]);
