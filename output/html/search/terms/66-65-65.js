teSearchFile("terms/66-65-65",[["feeling",[1,1,10],[]]]);
